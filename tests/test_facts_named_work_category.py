"""A work category won by a title the entities stage took for a place ("Little Britain was named best
comedy"): the entity the whole name stands for, never a place named by part of it, and no category
that is not a kind of work ("named best city")."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of


def test_a_title_typed_as_a_place_named_best_comedy_won_it() -> None:
    text = "Little Harbour was named best comedy at the awards."
    cast = [entity(text, "G1", "Little Harbour", "GPE")]
    assert facts_of(text, cast).named("won_award") == [(["Little Harbour"], "best comedy")]


def test_a_place_named_by_part_of_the_title_does_not_win() -> None:
    text = "Little Harbour was named best comedy at the awards."
    cast = [entity(text, "G1", "Harbour", "GPE")]
    assert facts_of(text, cast).named("won_award") == []


def test_a_place_named_best_city_wins_no_work_category() -> None:
    text = "Westmoor was named best city in the survey."
    cast = [entity(text, "G1", "Westmoor", "GPE")]
    assert facts_of(text, cast).named("won_award") == []
