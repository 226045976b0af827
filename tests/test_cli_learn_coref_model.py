"""``dateline learn-coref-model`` on a tiny GAP file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app

TINY = Path(__file__).parent / "data" / "gap-tiny.tsv"

pytestmark = pytest.mark.slow


def test_writes_the_model(tmp_path: Path) -> None:
    output = tmp_path / "coref_model.json"
    arguments = ["learn-coref-model", str(TINY), "--output", str(output), "--rounds", "1", "--min-count", "1"]
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 0, result.output
    assert "weights from gap-tiny.tsv: 3 examples" in result.output
    model = json.loads(output.read_text(encoding="utf-8"))
    assert model["min_count"] == 1
    assert "bias" in model["weights"]


def test_the_validation_split_is_refused(tmp_path: Path) -> None:
    output = tmp_path / "coref_model.json"
    result = CliRunner().invoke(app, ["learn-coref-model", str(tmp_path / "gap-validation.tsv"), "--output", str(output)])
    assert result.exit_code != 0
    assert "development only" in result.output
    assert not output.exists()
