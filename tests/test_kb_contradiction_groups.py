"""Contradictions are grouped by claim: many articles repeating one claim give one contradiction, not one per pair."""

from __future__ import annotations

import datetime as dt

from dateline.kb.contradictions import ended_conflicts, polarity_conflicts, time_conflicts
from dateline.kb.facts import KbFact, SourceInfo


def _fact(document: str, predicate: str, *, year: int | None = None, polarity: str = "positive", day: int = 1,
          valid_to: str | None = None) -> KbFact:
    return KbFact(
        key=f"{document}/F1", document_id=document, document_title=None, document_date=dt.date(2025, 3, day),
        predicate=predicate, participants=[1, 2], participant_names=["Lena Marsh", "Pablo Ortega"],
        time=str(year) if year else None, time_start=dt.date(year, 1, 1) if year else None,
        time_end=dt.date(year, 12, 31) if year else None, valid_to=valid_to, polarity=polarity, certainty="certain",
        source=SourceInfo(kind="author"), trigger=predicate, evidence_start=0, evidence_end=10,
    )


def test_repeated_times_give_one_contradiction_per_pair_of_times_with_all_their_articles() -> None:
    facts = [_fact("a", "married", year=2011), _fact("b", "married", year=2011), _fact("c", "married", year=2012)]
    (found,) = time_conflicts(facts)
    assert "2011 vs 2012" in found.description
    assert [side.document_id for side in found.evidence] == ["a", "b", "c"]


def test_three_different_times_give_three_contradictions() -> None:
    facts = [_fact(name, "married", year=year) for name, year in (("a", 2011), ("b", 2012), ("c", 2013))]
    assert len(time_conflicts(facts)) == 3


def test_one_source_asserting_and_denying_across_articles_is_one_contradiction() -> None:
    facts = [_fact("a", "romance"), _fact("b", "romance"), _fact("c", "romance", polarity="negative")]
    (found,) = polarity_conflicts(facts)
    assert found.description.endswith("asserted by author, denied by author")
    assert len(found.evidence) == 3


def test_a_correction_within_one_article_is_not_a_contradiction() -> None:
    assert polarity_conflicts([_fact("a", "romance"), _fact("a", "romance", polarity="negative")]) == []


def test_each_later_article_treating_an_ended_marriage_as_current_is_reported_once() -> None:
    facts = [_fact("a", "divorced", year=2013, day=1), _fact("b", "divorced", year=2013, day=2),
             _fact("c", "married", day=3), _fact("d", "married", day=4)]
    found = ended_conflicts(facts)
    assert [(c.evidence[0].document_id, c.evidence[1].document_id) for c in found] == [("a", "c"), ("a", "d")]
