"""`dateline benchmark facts` names a missing articles file as missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app


def test_an_articles_file_that_is_not_there_is_named_as_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Run outside the repository's parent folder, the default ../shared/... is not there; it said "45 gold
    # articles are not in the file", as if the file held other articles.
    monkeypatch.chdir(tmp_path)  # short paths: the error box wraps long ones
    Path("gold.jsonl").write_text('{"id": "a1", "facts": []}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["benchmark", "facts", "gold.jsonl", "--articles", "none.jsonl"])
    assert result.exit_code == 2
    assert "none.jsonl: no such file" in result.output
