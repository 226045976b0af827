"""A present-tense verb joined to a clause about the future shares its time: "the film is due to start
filming in May and stars X" casts X; it does not say X acted in it yet."""

from __future__ import annotations

from tests.facts_support import facts_of, people


def test_a_star_joined_to_a_film_due_to_start_is_cast() -> None:
    text = "The film is due to start filming in Oslo in May and stars Ivo Sand alongside Mara Quill."
    found = facts_of(text, people(text, "Ivo Sand", "Mara Quill"))
    assert found.named("acted_in") == []
    assert [participants for participants, _ in found.named("cast_in")] == [["Ivo Sand"]]


def test_a_star_joined_to_a_past_opening_acted() -> None:
    text = "The film opened in Oslo in May and stars Ivo Sand alongside Mara Quill."
    found = facts_of(text, people(text, "Ivo Sand", "Mara Quill"))
    assert [participants for participants, _ in found.named("acted_in")] == [["Ivo Sand"]]
