"""Every input error of a batch names the file and line it comes from, on the console and in ``dateline errors``.

An id given to two texts named only the id ("a1: another text with this id ..."), so a user with a
corpus of thousands of lines had to search for it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.batch.steps import IngestSummary, PendingBatch, pending_batches, write_batch
from dateline.cli import app
from dateline.errors import DocumentError
from dateline.ingest import iter_documents
from dateline.model import Analysis, Document
from dateline.store import Store
from tests.builders import analysis

runner = CliRunner()

FIRST = '{"id": "a1", "date": "2024-03-01", "text": "Maya Lund flew to Oslo on Sunday."}\n'
OTHER = '{"id": "a1", "date": "2024-03-01", "text": "Ivo Kerr sang in Bergen on Monday."}\n'
SECOND = '{"id": "a2", "date": "2024-03-02", "text": "Ana Pike left Riga."}\n'


def _pending(paths: list[Path], store: Store) -> list[PendingBatch]:
    summary = IngestSummary()
    return list(pending_batches(iter_documents([str(p) for p in paths]), store=store, size=8, reanalyse=False, summary=summary))


def _errors(batches: list[PendingBatch]) -> list[str]:
    return [str(error) for batch in batches for error in batch.errors]


def test_an_id_given_to_another_text_names_both_lines(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(FIRST + SECOND + OTHER, encoding="utf-8")
    batches = _pending([path], Store(str(tmp_path / "s.db")))
    assert _errors(batches) == [
        (f"{path} (line 3): the id 'a1' is given to another text earlier in the input ({path}, line 1); "
        "give each article its own id")
    ]


def test_an_id_given_to_texts_in_two_files_of_a_folder_names_both_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("id: a1\n\nMaya Lund flew to Oslo on Sunday.\n", encoding="utf-8")
    (folder / "b.txt").write_text("id: a1\n\nIvo Kerr sang in Bergen on Monday.\n", encoding="utf-8")
    batches = _pending([folder], Store(str(tmp_path / "s.db")))
    assert _errors(batches) == [
        (f"{folder / 'b.txt'}: the id 'a1' is given to another text earlier in the input ({folder / 'a.txt'}); "
        "give each article its own id")
    ]


def test_an_id_stored_with_another_text_is_refused_before_analysis_naming_the_line(tmp_path: Path) -> None:
    # It was analysed, then refused by the store as "a1: a document with this id ...".
    store = Store(str(tmp_path / "s.db"))
    store.add(analysis("Maya Lund flew to Oslo on Sunday.", id="a1", date=None, entities=[]))
    path = tmp_path / "news.jsonl"
    path.write_text(SECOND + OTHER, encoding="utf-8")
    batches = _pending([path], store)
    assert [document.id for batch in batches for document in batch.documents] == ["a2"]
    assert _errors(batches) == [
        (f"{path} (line 2): a document with the id 'a1' and another text is already stored "
        "(use --reanalyse to replace it)")
    ]


def test_errors_of_the_analysis_and_the_store_name_the_line(tmp_path: Path) -> None:
    """An analysis comes back from a worker as JSON, without where its document was read; a document of an
    earlier batch still in flight is refused by the store, and a failed analysis names its id."""
    store = Store(str(tmp_path / "s.db"))
    store.add(analysis("Maya Lund flew to Oslo on Sunday.", id="a1", date=None, entities=[]))
    refused = Document.create("Ivo Kerr sang in Bergen on Monday.", id="a1").found_in("news.jsonl", "line 7")
    failing = Document.create("Ana Pike left Riga.", id="a2").found_in("news.jsonl", "line 8")
    returned = Analysis.model_validate_json(Analysis(document=refused, entities=[]).to_json())
    summary = IngestSummary()
    results = [returned, DocumentError("analysis failed: ValueError: bad", input="a2")]
    write_batch(PendingBatch([refused, failing], []), results, store=store, reanalyse=False, summary=summary)
    assert [str(failure) for failure in summary.failures] == [
        "news.jsonl (line 7): a document with the id 'a1' and another text is already stored (use --reanalyse to replace it)",
        "news.jsonl (line 8): analysis failed: ValueError: bad (id 'a2')",
    ]
    assert [(e.input, e.location) for e in store.errors()] == [("news.jsonl", "line 8"), ("news.jsonl", "line 7")]


def test_a_line_cut_short_is_said_to_fail_at_its_end(tmp_path: Path) -> None:
    # json.loads of the line with its line break said "at column 1", the start of the next line.
    path = tmp_path / "news.jsonl"
    path.write_text(FIRST + '{"id": "a2", "text": "Ana Pike left Riga."\n', encoding="utf-8")
    _, cut = iter_documents([str(path)])
    assert str(cut) == f"{path} (line 2): malformed JSON (Expecting ',' delimiter at column 43)"


def test_every_batch_error_names_its_file_and_line_on_the_console_and_in_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "cli.db")
    Store(db).add(analysis("Maya Lund flew to Oslo on Sunday.", id="a1", date=None, entities=[]))
    news = tmp_path / "news.jsonl"
    news.write_text(
        '{"id": "b1", "text": oops}\n'
        '{"id": "b2", "date": "2024-03-01"}\n'
        '{"id": "b3", "date": "2024-02-31", "text": "Ana Pike left Riga."}\n'
        + OTHER,
        encoding="utf-8",
    )
    locked = tmp_path / "locked.txt"
    locked.write_text("Ana Pike left Riga.", encoding="utf-8")
    opened = Path.open

    def refuse_the_locked_file(path: Path, *args: object, **kwargs: object) -> object:
        if path == locked:
            raise PermissionError(13, "Permission denied")
        return opened(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refuse_the_locked_file)
    result = runner.invoke(app, ["ingest", str(news), str(locked), "--db", db])
    expected = [
        (str(news), "line 1", "malformed JSON (Expecting value at column 22)"),
        (str(news), "line 2", "missing 'text' (a string)"),
        (str(news), "line 3", "invalid date '2024-02-31': day is out of range for month"),
        (str(locked), None, "cannot read: Permission denied"),
        # checked against the store after the batch is read
        (str(news), "line 4", "a document with the id 'a1' and another text is already stored (use --reanalyse to replace it)"),
    ]
    assert [line for line in result.stderr.splitlines() if line.startswith("failed:")] == [
        f"failed: {input} ({location}): {message}" if location else f"failed: {input}: {message}"
        for input, location, message in expected
    ]
    listed = json.loads(runner.invoke(app, ["errors", "--db", db, "--format", "json"]).stdout)
    assert sorted((e["input"], e["location"], e["message"]) for e in listed) == sorted(expected, key=str)
