"""``dateline extract`` and ``dateline schema``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()
pytestmark = pytest.mark.slow


def test_one_article_prints_one_json_object(tmp_path: Path, nlp: object) -> None:
    path = tmp_path / "a.txt"
    path.write_text(" date 2024-11-05 Maya Lund arrived in Oslo.")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["document"]["date"] == "2024-11-05"
    assert payload["document"]["text"] == "Maya Lund arrived in Oslo."


def test_several_articles_print_json_lines_and_errors_go_to_stderr(tmp_path: Path, nlp: object) -> None:
    (tmp_path / "a.txt").write_text("Maya Lund arrived in Oslo.")
    (tmp_path / "b.txt").write_text("Oskar Berg left Bergen.")
    (tmp_path / "c.txt").write_text("   ")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert [json.loads(line)["document"]["text"] for line in lines] == ["Maya Lund arrived in Oslo.", "Oskar Berg left Bergen."]
    assert result.stderr.strip() == f"Error: {tmp_path / 'c.txt'}: no text (empty or whitespace only)"


def test_nothing_extracted_exits_1(tmp_path: Path, nlp: object) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip() == f"Error: {tmp_path / 'missing.txt'}: no such file"


def test_schema_prints_the_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "dateline.analysis/1"


def test_a_date_after_today_is_noted_but_still_analysed(tmp_path: Path, nlp: object) -> None:
    # A typo such as 2205 for 2025 moves every relative time in the article; it used to pass silently.
    (tmp_path / "typo.txt").write_text("id: typo\ndate: 2205-04-17\n\nMaya Lund arrived in Oslo on Sunday.")
    (tmp_path / "fine.txt").write_text("id: fine\ndate: 2025-04-17\n\nOskar Berg left Bergen on Sunday.")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.strip().splitlines()) == 2
    assert "Note: 1 document dated after today" in result.stderr
    assert ": typo. Their relative times are anchored to that date" in result.stderr
    assert "fine" not in result.stderr
