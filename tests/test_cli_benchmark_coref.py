"""``dateline benchmark coref`` on a tiny GAP file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app

TINY = Path(__file__).parent / "data" / "gap-tiny.tsv"

pytestmark = pytest.mark.slow


def test_json_and_predictions(tmp_path: Path) -> None:
    predictions = tmp_path / "gap.tsv"
    arguments = ["benchmark", "coref", str(TINY), "--json", "--predictions", str(predictions)]
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert set(figures) == {"file", "examples", "candidates", "masculine", "feminine", "overall", "bias"}
    assert figures["examples"] == 3
    assert len(predictions.read_text(encoding="utf-8").splitlines()) == 3


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["benchmark", "coref", str(tmp_path / "none.tsv")])
    assert result.exit_code == 1
    # The CLI core turns it into one "Error: ..." line (see docs/entities.md on the current traceback).
    assert "cannot read the GAP file" in (result.stderr or str(result.exception))
