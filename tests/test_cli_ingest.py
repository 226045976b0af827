"""``dateline ingest`` and the listings over the store: documents, entities, show, errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.store import Store
from tests.paths import EXAMPLES

runner = CliRunner()
pytestmark = pytest.mark.slow


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.db")


def test_ingest_twice_stores_each_document_once(db: str, nlp: object) -> None:
    first = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", db])
    assert first.exit_code == 0, first.output
    count = len(list(EXAMPLES.glob("*.txt")))
    assert first.stdout.splitlines()[0] == f"{count} ingested, 0 unchanged, 0 replaced, 0 failed"
    second = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", db])
    assert second.stdout.splitlines() == [
        f"0 ingested, {count} unchanged, 0 replaced, 0 failed",
        f"{count} already stored, skipped (a resumed or repeated run)",
    ]
    listed = json.loads(runner.invoke(app, ["documents", "--db", db, "--format", "json"]).stdout)
    assert len(listed) == count
    assert first.stdout.splitlines()[1].startswith("knowledge base: ")


def test_reanalyse_replaces(db: str, nlp: object) -> None:
    runner.invoke(app, ["ingest", str(EXAMPLES), "--db", db])
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", db, "--reanalyse"])
    count = len(list(EXAMPLES.glob("*.txt")))
    assert result.stdout.splitlines()[0] == f"0 ingested, 0 unchanged, {count} replaced, 0 failed"


def test_failures_are_listed_and_recorded(tmp_path: Path, db: str, nlp: object) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(next(EXAMPLES.glob("*.txt")), folder / "good.txt")
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    result = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "1 ingested, 0 unchanged, 0 replaced, 1 failed"
    assert f"failed: {folder / 'bad.txt'}: binary file, not text (contains NUL bytes)" in result.stderr
    errors = json.loads(runner.invoke(app, ["errors", "--db", db, "--format", "json"]).stdout)
    assert [(Path(e["input"]).name, e["message"]) for e in errors] == [
        ("bad.txt", "binary file, not text (contains NUL bytes)")
    ]


def test_all_inputs_failing_exits_1(tmp_path: Path, db: str) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "none.txt"), "--db", db])
    assert result.exit_code == 1
    assert result.stdout.strip() == "0 ingested, 0 unchanged, 0 replaced, 1 failed"


def test_errors_are_paged_with_limit_and_offset(tmp_path: Path, db: str) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_bytes(b"")
        runner.invoke(app, ["ingest", str(tmp_path / name), "--db", db])
    second = runner.invoke(app, ["errors", "--db", db, "--format", "json", "--limit", "1", "--offset", "1"])
    assert second.exit_code == 0, second.output
    assert [Path(e["input"]).name for e in json.loads(second.stdout)] == ["b.txt"]
    assert "--offset 2 for the next page" in second.stderr


def test_the_errors_table_gives_times_to_the_second(tmp_path: Path, db: str) -> None:
    # It printed the microseconds: "2026-11-28 15:16:11.815281".
    (tmp_path / "a.txt").write_bytes(b"")
    runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db])
    (error,) = json.loads(runner.invoke(app, ["errors", "--db", db, "--format", "json"]).stdout)
    table = runner.invoke(app, ["errors", "--db", db]).stdout
    assert error["created_at"][:19].replace("T", " ") in table and error["created_at"] not in table


def test_show_and_entities(db: str, nlp: object) -> None:
    runner.invoke(app, ["ingest", str(EXAMPLES), "--db", db])
    (first, *_) = json.loads(runner.invoke(app, ["documents", "--db", db, "--format", "json"]).stdout)
    shown = runner.invoke(app, ["show", first["id"], "--db", db])
    assert json.loads(shown.stdout)["document"]["id"] == first["id"]
    people = json.loads(runner.invoke(app, ["entities", "--db", db, "--type", "PERSON", "--format", "json"]).stdout)
    assert people and all(row["type"] == "PERSON" for row in people)
    assert {"id", "name", "type", "aliases", "documents", "mentions"} <= set(people[0])


def test_unknown_document_is_one_error_line(db: str) -> None:
    Store(db).close()  # an empty store: reading commands refuse one that is not there
    result = runner.invoke(app, ["show", "nope", "--db", db])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: no document with id 'nope' in {db}"


def test_ctrl_c_says_what_is_stored_and_how_to_resume(tmp_path: Path, db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Ctrl-C ended the run with exit code 130 and not a word: was anything stored, and what now?
    from dateline.batch import IngestSummary

    def stopped_after_one_batch(*_args: object, on_progress, **_kwargs: object) -> IngestSummary:  # type: ignore[no-untyped-def]
        on_progress(IngestSummary(ingested=64))
        raise KeyboardInterrupt

    # the command imports them when it runs (so that --help does not import spaCy): patched at their source
    monkeypatch.setattr("dateline.batch.ingest", stopped_after_one_batch)
    monkeypatch.setattr("dateline.nlp.load_pipeline", lambda model: None)
    article = tmp_path / "a.txt"
    article.write_text(" date 2025-03-04 Ada Vance opened a bakery in Lyon.")
    result = runner.invoke(app, ["ingest", str(article), "--db", db])
    assert result.exit_code == 130
    assert result.stderr.splitlines()[-1] == (
        "Interrupted after 64 ingested, 0 unchanged, 0 replaced, 0 failed; run the same command again to resume."
    )
