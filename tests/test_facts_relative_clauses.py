"""A relative clause on a name is about that name (or the names coordinated before it), not the names after."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def test_a_relative_clause_on_a_name_is_not_about_the_names_listed_after_it() -> None:
    text = "Mara Quill, who won the best director prize, Ivo Sand and Lena Frost were all at the party."
    found = facts_of(text, people(text, "Mara Quill", "Ivo Sand", "Lena Frost"))
    assert found.named("won_award") == [(["Mara Quill"], "best director prize")]


def test_a_relative_clause_after_two_names_is_about_both() -> None:
    text = "Mara Quill and Ivo Sand, who won the best director prize, thanked the jury."
    found = facts_of(text, people(text, "Mara Quill", "Ivo Sand"))
    assert sorted(found.named("won_award")) == [(["Ivo Sand"], "best director prize"), (["Mara Quill"], "best director prize")]


def test_a_that_clause_hung_on_the_name_in_an_of_phrase_describes_the_noun_before() -> None:
    # the parser hangs "that leads ..." on Ivo Sand; a name would take "who"
    text = "The Lantern, a film biography of Ivo Sand that leads the Oscar field with 11 nominations, was at number six."
    entities = [*people(text, "Ivo Sand"), entity(text, "W1", "The Lantern", "WORK")]
    assert facts_of(text, entities).named("nominated") == [(["The Lantern"], None)]
