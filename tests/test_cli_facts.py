"""`dateline facts`: the facts filter of the REST API and the Python API, on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.store import Store
from tests.test_kb import _april, _february, _may, _namesakes

runner = CliRunner()
pytestmark = pytest.mark.slow


@pytest.fixture
def db(tmp_path: Path, nlp: object) -> str:
    path = str(tmp_path / "kb.db")
    with Store(path) as store:
        for item in (_february(), _april(), _may(), *_namesakes()):
            store.add(item)
    return path


def _keys(*args: str) -> list[str]:
    result = runner.invoke(app, ["facts", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return [fact["key"] for fact in json.loads(result.stdout)]


def test_facts_filter_by_source_entity_polarity_and_dates(db: str) -> None:
    # A fact-checker's question, "what did anonymous sources say about her?", had only the REST API.
    assert _keys("--db", db, "--source", "anonymous") == ["feb/F2", "apr/F2"]  # fans are nobody named
    assert _keys("--db", db, "--source", "fans") == ["feb/F2"]
    assert _keys("--db", db, "--entity", "Lena Marsh", "--polarity", "negative") == ["apr/F2", "may/F2"]
    assert _keys("--db", db, "--entity", "Marsh", "--predicate", "married", "--from", "2014-01-01") == ["may/F1"]
    assert _keys("--db", db, "--document", "apr", "--certainty", "certain", "--to", "2014-12-31") == ["apr/F3"]


def test_facts_table_names_each_fact_s_source_and_key(db: str) -> None:
    result = runner.invoke(app, ["facts", "--db", db, "--source", "anonymous"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "romance [denied]" in result.stdout and "Sources close to the actors (anonymous)" in result.stdout
    assert "apr/F2" in result.stdout and "Lena Marsh, Jonah Reyes" in result.stdout


def test_facts_say_so_when_none_match_and_refuse_an_unknown_predicate_or_backward_dates(db: str) -> None:
    empty = runner.invoke(app, ["facts", "--db", db, "--source", "nobody at all"])
    assert empty.exit_code == 0 and empty.stdout.strip() == "No facts match."
    unknown = runner.invoke(app, ["facts", "--db", db, "--predicate", "marry"])
    assert unknown.exit_code == 1 and "no fact has the predicate 'marry'" in unknown.stderr
    backward = runner.invoke(app, ["facts", "--db", db, "--from", "2025-05-01", "--to", "2025-01-01"])
    assert backward.exit_code == 2 and "is after --to" in backward.stderr


def test_facts_of_a_shared_name_note_the_namesakes(db: str) -> None:
    result = runner.invoke(app, ["facts", "--db", db, "--entity", "Daniel Price"])
    assert result.exit_code == 0, result.output
    assert "2 entities go by 'Daniel Price'" in result.stderr
