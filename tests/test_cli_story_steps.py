"""A statement's steps as the CLI and the REST API show them: where each happened, and what it is about
only when it says it otherwise than the statement."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from dateline.cli import app
from dateline.kb import KnowledgeBase
from dateline.store import Store
from dateline.web import create_app
from tests.builders import analysis, attribution, entity, fact

runner = CliRunner()
pytestmark = pytest.mark.slow  # resolution compares contexts with the spaCy pipeline's word vectors


def _trip(id: str, day: dt.date, text: str, certainty: str, award: str):
    found = analysis(text, id=id, date=day, entities=[entity(text, "E1", "Nora Vail"), entity(text, "E2", "Lisbon", "GPE")],
                     attributions=[attribution(text, "A1", "an insider", "said", anonymous=True)], facts=[
        fact(text, "F1", "travel", ["E1"], "fly", place="E2", certainty=certainty, asserted_by="A1"),
        fact(text, "F2", "won_award", ["E1"], "won", certainty=certainty, asserted_by="A1"),
    ])
    found.facts[1].arguments["object_text"] = award
    return found


@pytest.fixture
def db(tmp_path: Path, nlp: object) -> str:
    path = str(tmp_path / "steps.db")
    with Store(path) as store:
        store.add(_trip("one", dt.date(2025, 3, 1), "Nora Vail may fly to Lisbon and she won best singer, an insider said.",
                        "possible", "best singer"))
        store.add(_trip("two", dt.date(2025, 3, 9), "Nora Vail will fly to Lisbon and she won the best singer award, "
                        "an insider said.", "certain", "the best singer award"))
        KnowledgeBase(store).resolve()
    return path


def test_rumour_steps_say_where_and_name_the_award_only_when_named_otherwise(db: str) -> None:
    result = runner.invoke(app, ["rumours", "--db", db, "--entity", "Nora Vail"], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    history = " ".join(result.stdout.split())
    # The travel said nowhere; the step repeated the statement's award after its source ("an insider: best singer").
    assert "speculated in Lisbon (2025-03-01, an insider (anonymous); one/F1)" in history
    assert "speculated (2025-03-01, an insider (anonymous); one/F2)" in history
    assert 'speculated "the best singer award" (2025-03-09' in history
    assert "(anonymous): best singer" not in history


def test_threads_have_a_place_column_and_steps_give_their_place_in_json(db: str) -> None:
    table = runner.invoke(app, ["threads", "--db", db, "--entity", "Nora Vail"], env={"COLUMNS": "250"})
    assert table.exit_code == 0, table.output
    assert "place" in table.stdout and "Lisbon" in table.stdout
    threads = json.loads(runner.invoke(app, ["threads", "--db", db, "--format", "json"]).stdout)
    travels = [step for thread in threads for step in thread["steps"] if step["predicate"] == "travel"]
    assert [step["place"] for step in travels] == ["Lisbon", "Lisbon"]
    rumours = TestClient(create_app(Store(db))).get("/api/rumours", params={"entity": "Nora Vail"}).json()["items"]
    assert {step["place"] for r in rumours for step in r["steps"] if step["predicate"] == "travel"} == {"Lisbon"}


def _couple(id: str, day: dt.date, text: str, certainty: str, predicate: str):
    trigger = text.split()[-1].rstrip(".")  # dating, Saturday, splitting: any word of the text serves
    return analysis(text, id=id, date=day, entities=[entity(text, "E1", "Nora Vail"), entity(text, "E2", "Tom Ashby")],
                    facts=[fact(text, "F1", predicate, ["E1", "E2"], trigger, certainty=certainty)])


def test_a_romance_thread_is_rumours_until_a_later_article_confirms_it(tmp_path: Path, nlp: object) -> None:
    store = Store(str(tmp_path / "couple.db"))
    store.add(_couple("may", dt.date(2025, 3, 1), "Nora Vail and Tom Ashby may be dating.", "possible", "dating"))
    knowledge = KnowledgeBase(store)
    knowledge.resolve()
    assert [t.title for t in knowledge.threads()] == []  # one fact is no thread
    store.add(_couple("wed", dt.date(2025, 4, 7), "Nora Vail and Tom Ashby married on Saturday.", "certain", "married"))
    knowledge.resolve()
    assert [t.title for t in knowledge.threads()] == ["Nora Vail and Tom Ashby: romance"]  # was "romance rumours"
    store.add(_couple("again", dt.date(2025, 5, 2), "Nora Vail and Tom Ashby could be splitting.", "possible", "split"))
    knowledge.resolve()
    assert [t.title for t in knowledge.threads()] == ["Nora Vail and Tom Ashby: romance rumours"]
