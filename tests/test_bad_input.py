"""Each kind of bad input gets a one-line error naming the input and the problem; a batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.batch import ingest
from dateline.errors import DocumentError
from dateline.ingest import iter_documents
from dateline.store import Store


def _only_error(path: Path) -> str:
    (item,) = iter_documents([str(path)])
    assert isinstance(item, DocumentError)
    message = str(item)
    assert "\n" not in message
    return message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert _only_error(path) == f"{path}: empty file"


def test_whitespace_only(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n\n\t \n")
    assert _only_error(path) == f"{path}: no text (empty or whitespace only)"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert _only_error(path) == f"{path}: binary file, not text (contains NUL bytes)"


def test_invalid_utf8_reports_the_byte_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Maya Lund visited the café.".encode("latin-1"))
    assert _only_error(path) == f"{path}: invalid UTF-8 at byte offset 25 (invalid continuation byte)"


def test_text_over_the_size_limit_is_refused_with_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Maya Lund arrived in Oslo. " * (20 * 1024 * 1024 // 27))
    message = _only_error(path)
    assert message.startswith(f"{path}: text is 20,971,")
    assert message.endswith("characters, over the limit of 1,000,000 (DATELINE_MAX_CHARS)")


def test_html_with_no_article_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert _only_error(path) == f"{path}: no article text found in the HTML page"


def test_malformed_json_line(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text('{"text": "Maya Lund arrived."}\n{"text": oops}\n')
    good, bad = iter_documents([str(path)])
    assert not isinstance(good, DocumentError)
    assert str(bad) == f"{path} (line 2): malformed JSON (Expecting value at column 10)"


def test_impossible_date(tmp_path: Path) -> None:
    path = tmp_path / "dated.txt"
    path.write_text(" date 2025-13-45 Maya Lund arrived in Oslo.")
    assert _only_error(path) == f"{path}: invalid date '2025-13-45': month must be in 1..12"


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31"])
def test_placeholder_date_out_of_the_years_of_news(tmp_path: Path, date: str) -> None:
    # "yesterday" of 0001-01-01 failed the analysis with "OverflowError: date value out of range".
    path = tmp_path / "dated.txt"
    path.write_text(f"date: {date}\n\nMaya Lund arrived in Oslo yesterday.")
    assert _only_error(path) == f"{path}: invalid date '{date}': the year must be from 1000 to 8999 (a placeholder for no date?)"


def test_missing_file(tmp_path: Path) -> None:
    assert _only_error(tmp_path / "gone.txt") == f"{tmp_path / 'gone.txt'}: no such file"


@pytest.mark.parametrize("content", [b"", b"\n  \n\n"])
def test_json_lines_file_without_a_line_of_json(tmp_path: Path, content: bytes) -> None:
    # It gave no document and no error: "0 ingested, 0 failed", exit code 0.
    path = tmp_path / "news.jsonl"
    path.write_bytes(content)
    assert _only_error(path) == f"{path}: empty file (no JSON lines)"


def test_folder_without_article_files(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "notes.md").write_text("not an article")
    assert _only_error(folder) == f"{folder}: is a folder with no article files"


def test_glob_that_matches_nothing(tmp_path: Path) -> None:
    pattern = tmp_path / "2031-*.txt"
    assert _only_error(pattern) == f"{pattern}: no file matches this pattern"


@pytest.mark.slow
def test_batch_records_failures_and_stores_the_rest(tmp_path: Path, nlp: object) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text("date: 2024-11-03\n\nMaya Lund arrived in Oslo on Sunday.")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.jsonl").write_text(
        json.dumps({"id": "c1", "text": "Oskar Berg left Bergen."}) + "\n{broken\n"
        + json.dumps({"id": "c3", "date": "2025-02-30", "text": "Oskar Berg returned."}) + "\n"
    )
    (folder / "d.txt").write_bytes("Ivo Sand in Malmö".encode("utf-16"))
    store = Store(str(tmp_path / "batch.db"))
    summary = ingest([str(folder), str(tmp_path / "missing.txt")], store=store, nlp=nlp)  # type: ignore[arg-type]
    assert (summary.ingested, summary.failed) == (2, 5)
    assert store.count_documents() == 2
    recorded = sorted((Path(e.input).name, e.location or "") for e in store.errors())
    assert recorded == [
        ("b.txt", ""),
        ("c.jsonl", "line 2"),
        ("c.jsonl", "line 3"),
        ("d.txt", ""),
        ("missing.txt", ""),
    ]
