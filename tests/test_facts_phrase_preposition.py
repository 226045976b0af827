"""Prepositions of a phrase trigger parsed apart from it: its own last one ("one of 21 films up for the
prize", with "for" hanging from "one"), or one on the verb a particle phrase belongs to ("X is up for
the award, alongside Y")."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def test_one_of_several_films_up_for_a_prize_is_nominated_for_it() -> None:
    text = "Grey Harbour, which is one of 21 films up for Berlin's top prize, is Ivo Sand's first feature film."
    cast = [entity(text, "W1", "Grey Harbour", "WORK"), entity(text, "P1", "Ivo Sand", "PERSON")]
    assert facts_of(text, cast).named("nominated") == [(["Grey Harbour"], "top prize")]


def test_those_up_for_an_award_alongside_someone_are_nominated_too() -> None:
    text = "Mara Quill is up for the best director award for Grey Harbour, alongside Ivo Sand for Rust Lane."
    cast = [*people(text, "Mara Quill", "Ivo Sand"), entity(text, "W1", "Grey Harbour", "WORK")]
    found = facts_of(text, cast).named("nominated")
    assert sorted(found) == [(["Ivo Sand"], "best director award"), (["Mara Quill"], "best director award")]
