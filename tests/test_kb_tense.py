"""A fact in the future tense is a plan or a prediction: it contradicts other plans, not past events."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from dateline.kb import KnowledgeBase
from dateline.kb.contradictions import (
    compute_contradictions,
    ended_conflicts,
    polarity_conflicts,
    time_conflicts,
)
from dateline.kb.facts import KbFact, SourceInfo
from dateline.store import Store
from dateline.store import tables as t
from dateline.store.engine import _alembic_config
from tests.builders import analysis, entity, fact


def _fact(document: str, predicate: str, *, tense: str | None = None, polarity: str = "positive",
          year: int | None = None, published: int = 2025, certainty: str = "certain") -> KbFact:
    return KbFact(
        key=f"{document}/F1", document_id=document, document_title=None, document_date=dt.date(published, 3, 1),
        predicate=predicate, participants=[1, 2], participant_names=["Lena Marsh", "Pablo Ortega"],
        time=str(year) if year else None, time_start=dt.date(year, 1, 1) if year else None,
        time_end=dt.date(year, 12, 31) if year else None, polarity=polarity, certainty=certainty, tense=tense,
        source=SourceInfo(kind="author"), trigger=predicate, evidence_start=0, evidence_end=10,
    )


def test_a_future_denial_says_nothing_of_a_past_event() -> None:
    facts = [_fact("a", "married", tense="past"), _fact("b", "married", tense="future", polarity="negative")]
    assert polarity_conflicts(facts) == []


def test_a_future_denial_says_nothing_of_an_event_dated_before_its_article() -> None:
    facts = [_fact("a", "married", year=1985), _fact("b", "married", tense="future", polarity="negative", published=2005)]
    assert polarity_conflicts(facts) == []


def test_two_plans_still_contradict() -> None:
    facts = [_fact("a", "married", tense="future"), _fact("b", "married", tense="future", polarity="negative")]
    assert len(polarity_conflicts(facts)) == 1


def test_two_past_statements_still_contradict() -> None:
    facts = [_fact("a", "married", tense="past"), _fact("b", "married", tense="past", polarity="negative")]
    assert len(polarity_conflicts(facts)) == 1


def test_a_plan_and_an_undated_statement_of_unknown_tense_still_contradict() -> None:
    facts = [_fact("a", "married"), _fact("b", "married", tense="future", polarity="negative")]
    assert len(polarity_conflicts(facts)) == 1


def test_only_the_statements_that_clash_are_its_evidence() -> None:
    facts = [_fact("a", "married", tense="past"), _fact("c", "married"),
             _fact("b", "married", tense="future", polarity="negative")]
    (found,) = polarity_conflicts(facts)
    assert [side.document_id for side in found.evidence] == ["c", "b"]


def test_a_planned_date_is_no_second_date_of_the_event() -> None:
    facts = [_fact("a", "married", tense="past", year=2011), _fact("b", "married", tense="future", year=2012)]
    assert time_conflicts(facts) == []


def test_two_planned_dates_still_conflict() -> None:
    facts = [_fact("a", "married", tense="future", year=2011), _fact("b", "married", tense="future", year=2012)]
    assert len(time_conflicts(facts)) == 1


def test_a_planned_divorce_ends_nothing_and_a_planned_wedding_is_not_current() -> None:
    planned_end = [_fact("a", "divorced", tense="future", year=2013), _fact("b", "married", published=2026)]
    assert ended_conflicts(planned_end) == []
    planned_state = [_fact("a", "divorced", tense="past", year=2013), _fact("b", "married", tense="future", published=2026)]
    assert ended_conflicts(planned_state) == []
    assert len(ended_conflicts([planned_state[0], _fact("c", "married", published=2026)])) == 1


def test_a_certain_plan_is_planned_not_confirmed() -> None:
    assert _fact("a", "married", tense="future").status == "planned"
    assert _fact("a", "married", tense="past").status == "confirmed"
    assert _fact("a", "married", tense="future", certainty="possible").status == "speculated"
    assert _fact("a", "married", tense="future", polarity="negative").status == "denied"


# -- in a store: contradictions stored at resolve time, as-of, and a store made before the tense column ----


def _article(id: str, day: dt.date, sentence: str, trigger: str, *, tense: str | None, polarity: str = "positive"):
    text = f"Lena Marsh and Pablo Ortega were in the news. {sentence}"
    people = [entity(text, "E1", "Lena Marsh"), entity(text, "E2", "Pablo Ortega")]
    return analysis(text, id=id, date=day, entities=people, facts=[
        fact(text, "F1", "married", ["E1", "E2"], trigger, polarity=polarity, tense=tense)])


ARTICLES = [
    _article("wed", dt.date(2025, 1, 5), "They married in a quiet ceremony.", "married", tense="past"),
    _article("not", dt.date(2025, 2, 5), "They will not marry, a friend says.", "will not marry", tense="future",
             polarity="negative"),
    _article("will", dt.date(2025, 3, 5), "They will marry next year.", "will marry", tense="future"),
]


def _contradicting_documents(kb: KnowledgeBase) -> list[list[str]]:
    with kb.store.engine.connect() as connection:
        assert kb.contradictions(limit=100) == compute_contradictions(connection, None)
    return [[side.document_id for side in found.evidence] for found in kb.contradictions(limit=100)]


@pytest.fixture
def kb(store: Store, nlp: object) -> KnowledgeBase:
    knowledge = KnowledgeBase(store)
    for item in ARTICLES:
        store.add(item)
        knowledge.resolve()
    return knowledge


@pytest.mark.slow
def test_the_knowledge_base_sets_plans_against_plans_only(kb: KnowledgeBase) -> None:
    assert _contradicting_documents(kb) == [["will", "not"]]
    (statement,) = kb.asof("Lena Marsh", dt.date(2025, 3, 31))
    assert [(step.status, step.tense) for step in statement.steps] == [
        ("confirmed", "past"), ("denied", "future"), ("planned", "future")]
    assert [item.tense for item in kb.timeline("Lena Marsh")] == ["past", "future", "future"]


@pytest.mark.slow
def test_a_store_made_before_the_tense_column_still_works(kb: KnowledgeBase, store: Store) -> None:
    from alembic import command

    config = _alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")  # the store as an older dateline made it: no tense, no planned status
        assert "planned" not in set(connection.execute(select(t.canonical_facts.c.status)).scalars())
        command.upgrade(config, "head")
    assert {row.tense for row in store.execute(select(t.facts.c.tense))} == {None}
    assert kb.contradictions_stale()
    kb.resolve()
    assert _contradicting_documents(kb) == [["wed", "will", "not"]]  # tenses unknown: as before the column
    for item in ARTICLES:
        store.add(item, reanalyse=True)  # a re-analysis gives the stored facts their tenses
    kb.resolve()
    assert _contradicting_documents(kb) == [["will", "not"]]
