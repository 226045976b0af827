"""Folders, globs, stdin and format detection."""

from __future__ import annotations

import io
import json
from pathlib import Path

from dateline.errors import DocumentError
from dateline.ingest import expand_paths, iter_documents, read_stream
from dateline.model import Document


def _write(folder: Path) -> None:
    (folder / "sub").mkdir()
    (folder / "a.txt").write_text("date: 2024-11-03\n\nMaya Lund arrived.")
    (folder / "sub" / "b.jsonl").write_text(json.dumps({"id": "b1", "text": "Oskar Berg left."}) + "\n")
    (folder / "notes.md").write_text("not an article")


def test_folder_is_walked_for_article_files_in_sorted_order(tmp_path: Path) -> None:
    _write(tmp_path)
    assert [Path(name).name for name in expand_paths([str(tmp_path)])] == ["a.txt", "b.jsonl"]


def test_glob_is_expanded(tmp_path: Path) -> None:
    _write(tmp_path)
    names = list(expand_paths([str(tmp_path / "**" / "*.jsonl")]))
    assert [Path(name).name for name in names] == ["b.jsonl"]


def test_documents_of_a_folder(tmp_path: Path) -> None:
    _write(tmp_path)
    documents = list(iter_documents([str(tmp_path)]))
    assert [d.text for d in documents if isinstance(d, Document)] == ["Maya Lund arrived.", "Oskar Berg left."]


def test_stream_format_is_sniffed_from_its_first_byte() -> None:
    jsonl = io.BufferedReader(io.BytesIO(b'{"id": "x", "text": "Maya Lund arrived."}\n'))
    (document,) = read_stream(jsonl, input="<stdin>")
    assert isinstance(document, Document) and document.id == "x"
    text = io.BufferedReader(io.BytesIO(b" date 2024-11-03 Maya Lund arrived."))
    (document,) = read_stream(text, input="<stdin>")
    assert isinstance(document, Document) and str(document.date) == "2024-11-03"


def test_missing_file_is_an_error_not_an_exception(tmp_path: Path) -> None:
    (error,) = iter_documents([str(tmp_path / "nope.txt")])
    assert isinstance(error, DocumentError)
    assert str(error) == f"{tmp_path / 'nope.txt'}: no such file"
