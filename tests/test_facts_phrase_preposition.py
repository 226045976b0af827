"""A phrase trigger's own last preposition parsed apart from the phrase ("one of 21 films up for the
prize", with "for" hanging from "one"): its object is still the phrase's object."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of


def test_one_of_several_films_up_for_a_prize_is_nominated_for_it() -> None:
    text = "Grey Harbour, which is one of 21 films up for Berlin's top prize, is Ivo Sand's first feature film."
    cast = [entity(text, "W1", "Grey Harbour", "WORK"), entity(text, "P1", "Ivo Sand", "PERSON")]
    assert facts_of(text, cast).named("nominated") == [(["Grey Harbour"], "top prize")]
