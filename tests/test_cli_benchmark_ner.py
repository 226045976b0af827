"""``dateline benchmark ner`` on a tiny CoNLL file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app

TINY = Path(__file__).parent / "data" / "conll-tiny.txt"

pytestmark = pytest.mark.slow


def test_json_and_output_file(tmp_path: Path) -> None:
    output = tmp_path / "ner.json"
    result = CliRunner().invoke(app, ["benchmark", "ner", str(TINY), "--json", "--output", str(output)])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["sentences"] == 2 and figures["entities"] == 6
    assert set(figures["spacy"]) == set(figures["dateline"]) == {"overall", "LOC", "MISC", "ORG", "PER"}
    assert json.loads(output.read_text(encoding="utf-8")) == figures


def test_table_output() -> None:
    result = CliRunner().invoke(app, ["benchmark", "ner", str(TINY)])
    assert result.exit_code == 0
    assert "dateline.overall.f1" in result.output
