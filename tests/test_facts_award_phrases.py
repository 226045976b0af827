"""The award of a nomination or a win named by an "in" or "at" phrase: "nominees in the best drama
category", "winners at the Harbour Film Awards", "nominations at this year's Harbour Film Awards"."""

from __future__ import annotations

from tests.facts_support import facts_of, people


def _objects(text: str, predicate: str) -> list[tuple[list[str], str | None]]:
    return sorted(facts_of(text, people(text, "Mara Quill", "Ivo Sand")).named(predicate))


def test_nominees_in_a_category() -> None:
    text = "Other nominees in the best drama category include Mara Quill and Ivo Sand."
    assert _objects(text, "nominated") == [(["Ivo Sand"], "best drama category"), (["Mara Quill"], "best drama category")]


def test_nominated_in_a_category() -> None:
    text = "Mara Quill was also nominated in the best actress category for her role."
    assert _objects(text, "nominated") == [(["Mara Quill"], "best actress category")]


def test_winners_at_a_ceremony() -> None:
    text = "Mara Quill and Ivo Sand were both winners at the Harbour Film Awards."
    assert _objects(text, "won_award") == [(["Ivo Sand"], "Harbour Film Awards"), (["Mara Quill"], "Harbour Film Awards")]


def test_an_award_won_in_a_category_is_the_category() -> None:
    # "an award" names nothing; the "in" phrase on the verb says which
    text = "Mara Quill won an award in the \"new voices\" category."
    assert _objects(text, "won_award") == [(["Mara Quill"], "new voices category")]


def test_an_award_won_in_a_year_or_a_place_stays_an_award() -> None:
    text = "Mara Quill won an award in 2003. Ivo Sand won an award in London."
    assert _objects(text, "won_award") == [(["Ivo Sand"], "award"), (["Mara Quill"], "award")]


def test_a_described_prize_in_a_category_keeps_its_own_words() -> None:
    text = "Mara Quill won a special prize in the short film category."
    assert _objects(text, "won_award") == [(["Mara Quill"], "special prize")]
