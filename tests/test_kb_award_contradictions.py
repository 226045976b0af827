"""A nomination or an award kept as text contradicts a denial only when both name the same award."""

from __future__ import annotations

import datetime as dt

from dateline.kb.contradictions import polarity_conflicts
from dateline.kb.facts import KbFact, SourceInfo


def _award(
    document: str, predicate: str, award: str | None, *, polarity: str = "positive", year: int | None = 2025
) -> KbFact:
    when = {"time": str(year), "time_start": dt.date(year, 1, 1), "time_end": dt.date(year, 12, 31)} if year else {}
    return KbFact(
        key=f"{document}/F1", document_id=document, document_title=None, document_date=dt.date(2025, 3, 1),
        predicate=predicate, participants=[1], participant_names=["Velvet Harbour"], polarity=polarity,
        certainty="certain", tense="past", source=SourceInfo(kind="author"), trigger=predicate,
        evidence_start=0, evidence_end=10, arguments={"object_text": award} if award else {}, **when,
    )


def test_a_nomination_and_a_denial_for_another_award_do_not_contradict() -> None:
    facts = [_award("a", "nominated", "best rock album"), _award("b", "nominated", "best new band", polarity="negative")]
    assert polarity_conflicts(facts) == []


def test_a_nomination_for_no_named_award_contradicts_nothing() -> None:
    facts = [_award("a", "nominated", None), _award("b", "nominated", "best new band", polarity="negative")]
    assert polarity_conflicts(facts) == []


def test_the_same_award_asserted_and_denied_contradicts() -> None:
    facts = [_award("a", "won_award", "Best Rock Album"), _award("b", "won_award", "best rock album", polarity="negative")]
    assert len(polarity_conflicts(facts)) == 1


def test_other_predicates_need_no_object_text() -> None:
    facts = [_award("a", "married", None), _award("b", "married", None, polarity="negative")]
    assert len(polarity_conflicts(facts)) == 1


def test_an_award_named_with_an_article_or_other_spacing_is_the_same_award() -> None:
    facts = [_award("a", "won_award", "the Best  Rock Album"), _award("b", "won_award", "best rock album", polarity="negative")]
    assert len(polarity_conflicts(facts)) == 1


def test_a_contradiction_says_what_is_disputed() -> None:
    born = _award("a", "born_in", None).model_copy(update={"object": 7, "object_name": "Kestria"})
    denied = _award("b", "born_in", None, polarity="negative").model_copy(update={"object": 7, "object_name": "Kestria"})
    (found,) = polarity_conflicts([born, denied])
    assert found.description == "Velvet Harbour born_in Kestria: asserted by author, denied by author"


def test_one_award_won_and_lost_in_two_undated_articles_may_be_two_ceremonies() -> None:
    facts = [
        _award("globes", "won_award", "best actor", year=None),
        _award("baftas", "won_award", "best actor", polarity="negative", year=None),
    ]
    assert polarity_conflicts(facts) == []


def test_one_award_won_and_lost_in_two_articles_of_other_years_does_not_contradict() -> None:
    facts = [_award("a", "won_award", "best actor", year=2024), _award("b", "won_award", "best actor", polarity="negative")]
    assert polarity_conflicts(facts) == []


def test_a_contradiction_of_an_award_with_a_year_names_the_year() -> None:
    # asof and the entity page show "won_award best actor (2025)": the contradiction names the same statement
    facts = [_award("a", "won_award", "best actor"), _award("b", "won_award", "best actor", polarity="negative")]
    (found,) = polarity_conflicts(facts)
    assert found.description == "Velvet Harbour won_award best actor (2025): asserted by author, denied by author"
