"""A mistyped setting or store is one ``Error: ...`` line naming it and exit code 1, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.batch import count_inputs
from dateline.cli import app

runner = CliRunner()


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "note.txt"
    path.write_text(" date 2025-03-04 Ada Vance opened a bakery in Lyon.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("value", ["abc", "0", "-5", "1e6"])
def test_a_bad_max_chars_setting_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("DATELINE_MAX_CHARS", value)
    result = runner.invoke(app, ["extract", str(_article(tmp_path))])
    assert result.exit_code == 1
    assert result.stderr == f"Error: DATELINE_MAX_CHARS: must be a whole number of characters above 0, not {value!r}\n"


def test_a_store_that_is_not_a_database_is_named(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database, only some notes\n" * 200, encoding="utf-8")
    result = runner.invoke(app, ["documents", "--db", str(notes)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {notes}: cannot open the database (file is not a database)\n"


def test_standard_input_makes_the_count_unknown(tmp_path: Path) -> None:
    # Counting only the files would give a progress total the run goes past, and too few workers.
    article = str(_article(tmp_path))
    assert count_inputs([article]) == 1
    assert count_inputs([article, "-"]) is None


def test_the_articles_of_a_json_array_are_counted(tmp_path: Path) -> None:
    # A JSON array counted as one document: "ingest 9/8" on the progress bar, and the time left at that rate.
    (tmp_path / "three.json").write_text('[{"text": "A."}, {"text": "B."}, {"text": "C."}]', encoding="utf-8")
    (tmp_path / "lines.json").write_text('{"text": "A."}\n{"text": "B."}\n', encoding="utf-8")
    (tmp_path / "one.json").write_text('{"text": "A."}', encoding="utf-8")
    (tmp_path / "broken.json").write_text('[{"text": "A."},\n', encoding="utf-8")
    counts = [count_inputs([str(tmp_path / name)]) for name in ("three.json", "lines.json", "one.json", "broken.json")]
    assert counts == [3, 2, 1, 1]


@pytest.mark.parametrize(
    "command",
    [["documents"], ["show", "doc-1"], ["errors"], ["entities"], ["timeline", "Ada Vance"], ["benchmark", "web"]],
)
def test_reading_a_store_that_is_not_there_names_it(tmp_path: Path, command: list[str]) -> None:
    # Opening creates a store: in the wrong folder a listing said "No documents." and left an empty file.
    missing = tmp_path / "news.db"
    result = runner.invoke(app, [*command, "--db", str(missing)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {missing}: no such store (ingest articles into it first, or give --db or DATELINE_DB)\n"
    )
    assert not missing.exists()


def test_a_relative_sqlite_url_of_no_store_says_how_to_write_an_absolute_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["documents", "--db", "sqlite:///data/news.db"])
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: sqlite:///data/news.db: no such store (a path after sqlite:/// is relative to the current folder; "
        "an absolute one takes four slashes: sqlite:////data/news.db)\n"
    )
