"""What the knowledge base's answers say to a reader: step order, a statement's status, and how timelines
and threads show what a fact is about (found by the kb-answers audit, benchmarks/kb-answers-sample.md)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.cli.kb import _timeline_date, _timeline_with
from dateline.kb import KnowledgeBase
from dateline.kb.facts import KbFact, SourceInfo
from dateline.kb.statements import statement_from_facts, thread_period
from dateline.kb.timeline import TimelineItem
from dateline.store import Store
from tests.builders import analysis, entity, fact

SOURCE = SourceInfo(kind="author")
ANONYMOUS = SourceInfo(kind="attribution", text="a spokesman", anonymous=True)


def _fact(key: str, *, start: int, published: dt.date | None = dt.date(2025, 3, 1), certainty: str = "certain",
          source: SourceInfo = SOURCE, polarity: str = "positive", object_text: str | None = None,
          object: int | None = None) -> KbFact:
    return KbFact(
        key=key, document_id=key.split("/")[0], document_title=None, document_date=published, predicate="died",
        participants=[1], participant_names=["Ivo Sand"], object=object, polarity=polarity, certainty=certainty,
        source=source, trigger="died", evidence_start=start, evidence_end=start + 10,
        arguments={"object_text": object_text} if object_text else {},
    )


def test_steps_of_one_article_follow_its_text_not_the_string_order_of_fact_keys() -> None:
    early, late = _fact("a/F9", start=10, certainty="possible"), _fact("a/F10", start=200, polarity="negative")
    steps = statement_from_facts("died|1|", [early, late]).steps
    assert [step.fact for step in steps] == ["a/F9", "a/F10"]


def test_a_speculation_beside_a_firm_word_in_the_same_article_does_not_make_it_a_rumour() -> None:
    stated = _fact("a/F3", start=0)
    spokesman = _fact("a/F4", start=80, source=ANONYMOUS)  # "... died at home, a spokesman said"
    assert statement_from_facts("died|1|", [stated, spokesman]).status == "confirmed"


def test_undated_articles_cannot_be_ordered_so_a_firm_word_among_them_stands() -> None:
    stated = _fact("a/F1", start=0, published=None)
    guessed = _fact("b/F1", start=0, published=None, certainty="possible")
    assert statement_from_facts("died|1|", [stated, guessed]).status == "confirmed"


def test_a_later_speculation_still_reopens_a_statement() -> None:
    stated = _fact("a/F1", start=0, published=dt.date(2025, 1, 1))
    guessed = _fact("b/F1", start=0, published=dt.date(2025, 2, 1), certainty="possible")
    assert statement_from_facts("died|1|", [stated, guessed]).status == "speculated"


def test_a_timeline_shows_an_award_kept_as_text_and_marks_the_entity_as_object() -> None:
    award = TimelineItem.from_fact(_fact("a/F1", start=0, object_text="best actress"), entity_id=1)
    assert _timeline_with(award) == "best actress"
    publicist = _fact("a/F2", start=0).model_copy(update={"participants": [7], "participant_names": ["Jo Fenn"],
                                                            "object": 1, "predicate": "works_for"})
    assert _timeline_with(TimelineItem.from_fact(publicist, entity_id=1)) == "← Jo Fenn"


def test_an_undated_fact_of_an_undated_article_reads_undated() -> None:
    item = TimelineItem.from_fact(_fact("a/F1", start=0, published=None), entity_id=1)
    assert _timeline_date(item) == "undated"


def test_a_season_reads_as_a_word_not_a_timex_code() -> None:
    summer = _fact("a/F1", start=0).model_copy(update={"time": "2025-SU", "time_start": dt.date(2025, 6, 1)})
    assert _timeline_date(TimelineItem.from_fact(summer, entity_id=1)) == "summer 2025"


@pytest.mark.slow  # resolution compares contexts with the spaCy pipeline's word vectors
def test_a_thread_of_one_person_is_a_career_not_work_together(store: Store, nlp: object) -> None:
    text = "Ivo Sand won best actor in March. Ivo Sand was nominated for best director."
    store.add(analysis(text, id="a", date=None, entities=[entity(text, "E1", "Ivo Sand")], facts=[
        fact(text, "F1", "won_award", ["E1"], "won"), fact(text, "F2", "nominated", ["E1"], "nominated"),
    ]))
    kb = KnowledgeBase(store)
    kb.resolve()
    (thread,) = kb.threads("Ivo Sand")
    assert (thread.title, thread_period(thread)) == ("Ivo Sand: career", "undated")


@pytest.mark.slow  # resolution compares contexts with the spaCy pipeline's word vectors
def test_a_timeline_page_reads_an_undated_article_in_the_order_of_its_text(store: Store, nlp: object) -> None:
    text = "Ivo Sand won best actor. " + " ".join(f"Ivo Sand won prize {n}." for n in range(2, 11))
    facts = [fact(text, "F1", "won_award", ["E1"], "won best actor")]
    facts += [fact(text, f"F{n}", "won_award", ["E1"], f"won prize {n}.") for n in range(2, 11)]
    store.add(analysis(text, id="a", date=None, entities=[entity(text, "E1", "Ivo Sand")], facts=facts))
    kb = KnowledgeBase(store)
    kb.resolve()
    keys = [item.fact.split("/")[1] for item in kb.timeline("Ivo Sand")]
    assert keys == [f"F{n}" for n in range(1, 11)]


@pytest.mark.slow  # resolution compares contexts with the spaCy pipeline's word vectors
def test_asof_says_what_it_left_out_for_want_of_article_dates(tmp_path: Path, nlp: object) -> None:
    path = str(tmp_path / "kb.db")
    text = "Ivo Sand won best actor. Ivo Sand was nominated for best director."
    with Store(path) as store:
        store.add(analysis(text, id="a", date=None, entities=[entity(text, "E1", "Ivo Sand")], facts=[
            fact(text, "F1", "won_award", ["E1"], "won"), fact(text, "F2", "nominated", ["E1"], "nominated"),
        ]))
    result = CliRunner().invoke(app, ["asof", "Ivo Sand", "2025-01-01", "--db", path])
    assert result.exit_code == 0, result.output
    assert "No statement about Ivo Sand in the articles published by 2025-01-01." in result.stdout
    assert "2 statements only in articles without a date left out" in result.stderr


@pytest.mark.slow  # resolution compares contexts with the spaCy pipeline's word vectors
def test_a_thread_on_the_list_of_a_facts_object_names_that_object(store: Store, nlp: object) -> None:
    text = "Jo Fenn, manager of Ivo Sand, spoke on Monday. Jo Fenn, manager of Ivo Sand, spoke again on Friday."
    store.add(analysis(text, id="a", date=None, entities=[entity(text, "E1", "Ivo Sand"), entity(text, "E2", "Jo Fenn")],
                       facts=[fact(text, "F1", "works_for", ["E2"], "manager", object="E1"),
                              fact(text, "F2", "works_for", ["E2"], "spoke again", object="E1")]))
    kb = KnowledgeBase(store)
    kb.resolve()
    (thread,) = kb.threads("Ivo Sand")
    assert thread.title == "Jo Fenn → Ivo Sand: career"


@pytest.mark.slow  # resolution compares contexts with the spaCy pipeline's word vectors
def test_a_thread_tells_its_story_by_the_texts_dates_not_the_articles(store: Store, nlp: object) -> None:
    text = "Ivo Sand starred in Blue Harbour in 1999. Ivo Sand had starred in Red Fields in 1987."
    store.add(analysis(text, id="a", date=None, entities=[entity(text, "E1", "Ivo Sand")], facts=[
        fact(text, "F1", "acted_in", ["E1"], "starred in Blue", time="1999"),
        fact(text, "F2", "acted_in", ["E1"], "starred in Red", time="1987"),
    ]))
    kb = KnowledgeBase(store)
    kb.resolve()
    (thread,) = kb.threads("Ivo Sand")
    assert [step.time for step in thread.steps] == ["1987", "1999"]
    assert thread_period(thread) == "1987 to 1999"


def test_among_undated_articles_an_outcome_outranks_a_plan() -> None:
    won = _fact("a/F1", start=0, published=None)  # "went on to win"
    predicted = _fact("b/F1", start=0, published=None).model_copy(update={"tense": "future"})  # "will win"
    assert statement_from_facts("died|1|", [won, predicted]).status == "confirmed"
