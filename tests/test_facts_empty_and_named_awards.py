"""Facts that state nothing, and award names that begin with a superlative (twenty-fifth round)."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def test_a_birth_with_no_place_nor_time_states_nothing() -> None:
    text = "Ivo Sand said he had no idea where Mara Quill was born."
    found = facts_of(text, people(text, "Ivo Sand", "Mara Quill"))
    assert found.named("born_in") == []


def test_a_birth_with_a_place_or_a_time_stays() -> None:
    text = "Mara Quill was born in Porto. Her brother Ivo Sand was born in 1971."
    found = facts_of(text, [*people(text, "Mara Quill", "Ivo Sand"), entity(text, "G1", "Porto", "GPE")])
    assert sorted(found.named("born_in")) == [(["Ivo Sand"], None), (["Mara Quill"], "Porto")]
    assert [f.time for f in found.facts if f.predicate == "born_in" and not f.object] == ["1971"]


def test_a_capitalised_superlative_begins_the_award_name() -> None:
    text = "Mara Quill won the Most Improved award at the Harbour Awards."
    found = facts_of(text, people(text, "Mara Quill"))
    assert found.named("won_award") == [(["Mara Quill"], "Most Improved award")]


def test_a_lower_case_superlative_is_no_part_of_the_name() -> None:
    text = "Mara Quill won the most coveted award at the Harbour Awards."
    found = facts_of(text, people(text, "Mara Quill"))
    assert found.named("won_award") == [(["Mara Quill"], "coveted award")]


def test_a_situation_imagined_in_a_where_clause_gives_no_fact() -> None:
    text = "Ivo Sand warned against a double standard where Mara Quill can win the Harbour Prize."
    found = facts_of(text, people(text, "Ivo Sand", "Mara Quill"))
    assert found.named("won_award") == []


def test_a_where_clause_of_a_place_keeps_its_fact() -> None:
    text = "Ivo Sand went back to the festival where Mara Quill won the Harbour Prize."
    found = facts_of(text, people(text, "Ivo Sand", "Mara Quill"))
    assert found.named("won_award") == [(["Mara Quill"], "Harbour Prize")]


def test_a_perfect_of_should_says_it_did_not_happen() -> None:
    text = "Mara Quill should have been nominated for best album."
    found = facts_of(text, people(text, "Mara Quill"))
    assert found.named("nominated") == []


def test_a_perfect_of_may_is_still_a_possibility() -> None:
    text = "Mara Quill may have been nominated for best album."
    found = facts_of(text, people(text, "Mara Quill"))
    assert found.named("nominated") == [(["Mara Quill"], "best album")]
