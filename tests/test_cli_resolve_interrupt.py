"""Ctrl-C while entities are linked says what is kept and what comes next (it ended without a word)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.kb import KnowledgeBase
from dateline.store import Store


def _stopped(*_: object, **__: object) -> None:
    raise KeyboardInterrupt


@pytest.mark.parametrize("args", [["resolve"], ["resolve", "--rebuild"], ["entities"]])
def test_ctrl_c_while_linking_says_the_next_command_links_the_rest(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "news.db")
    Store(db).close()
    monkeypatch.setattr(KnowledgeBase, "resolve", _stopped)
    result = CliRunner().invoke(app, [*args, "--db", db])
    assert result.exit_code == 130
    assert "Interrupted while linking entities across articles: the documents are stored" in result.output
