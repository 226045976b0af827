"""``dateline benchmark kb``: a judgements file named on the command line must exist."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app


def test_a_missing_judgements_file_is_an_error_before_anything_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # short paths: Rich's error box would fold a long one
    result = CliRunner().invoke(app, ["benchmark", "kb", "--corpus", ".", "--judgements", "m.tsv", "--db", "kb.db"])
    assert result.exit_code == 2
    assert "--judgements: m.tsv: no such file" in result.output
    assert not (tmp_path / "kb.db").exists()
