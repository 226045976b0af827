"""Tables name an article given without an id (keyed by the SHA-256 of its text) by the hash's first 12
characters, which `dateline show` takes: every table, not only the timeline's and the threads'."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.model import Analysis
from dateline.store import Store
from tests.test_kb import _april, _february, _may

runner = CliRunner()
pytestmark = pytest.mark.slow


def _hash_keyed(item: Analysis) -> Analysis:
    """The analysis as if its article had come without an id: keyed by the hash of its text."""
    digest = hashlib.sha256(item.document.text.encode()).hexdigest()
    return item.model_copy(update={"document": item.document.model_copy(update={"id": digest})})


@pytest.fixture
def db(tmp_path: Path, nlp: object) -> str:
    path = str(tmp_path / "kb.db")
    with Store(path) as store:
        for item in (_february(), _april(), _may()):
            store.add(_hash_keyed(item))
    return path


def _ids(db: str) -> list[str]:
    result = runner.invoke(app, ["documents", "--db", db, "--format", "json"])
    return [row["id"] for row in json.loads(result.stdout)]


@pytest.mark.parametrize(
    "command",
    [
        ["documents"],
        ["entity", "Lena Marsh"],
        ["asof", "Lena Marsh", "2025-12-31"],
        ["rumours"],
        ["contradictions"],
        ["timeline", "Lena Marsh"],
        ["threads"],
    ],
)
def test_no_table_prints_a_whole_hash_id(db: str, command: list[str]) -> None:
    # The asof, rumours, contradictions, entity and documents tables printed all 64 characters, wrapped
    # over two or three lines of every row, where the timeline gave "46b36f1fd208/F5".
    ids = _ids(db)
    result = runner.invoke(app, [*command, "--db", db])
    assert result.exit_code == 0, result.output
    assert not any(whole in result.stdout for whole in ids)
    assert any(whole[:12] in result.stdout for whole in ids)


def test_the_json_keeps_the_whole_id_and_show_takes_the_short_one(db: str) -> None:
    ids = _ids(db)
    assert all(len(whole) == 64 for whole in ids)
    steps = json.loads(runner.invoke(app, ["rumours", "--db", db, "--format", "json"]).stdout)[0]["steps"]
    assert steps[0]["fact"].split("/")[0] in ids
    shown = runner.invoke(app, ["show", f"{steps[0]['document_id'][:12]}/{steps[0]['fact'].split('/')[1]}", "--db", db])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["document"]["id"] == steps[0]["document_id"]


def test_split_takes_a_document_as_the_merges_table_names_it(db: str) -> None:
    # `dateline entity` lists each merged document by its id's first 12 characters; split took whole ids only
    # ("entity 1 (Lena Marsh) has no members in 46b36f1fd208").
    first = json.loads(runner.invoke(app, ["entity", "Lena Marsh", "--db", db, "--format", "json"]).stdout)
    start = first["links"][-1]["document_id"][:12]
    result = runner.invoke(app, ["split", "Lena Marsh", "--document", start, "--db", db])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("new entity Lena Marsh")
    missing = runner.invoke(app, ["split", "Lena Marsh", "--document", "nope", "--db", db])
    assert missing.exit_code == 1 and "Error: no document with id 'nope'" in missing.stderr
