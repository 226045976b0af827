"""A book or album named with its possessor ("her novel X", "the band's album, Y") is the possessor's work."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def test_a_possessed_novel_is_developed_by_its_possessor() -> None:
    text = "Critics praised Mara Quill's first novel, Winter Tides, last year."
    found = facts_of(text, people(text, "Mara Quill"))
    assert found.named("develops") == [(["Mara Quill"], "Winter Tides")]


def test_a_band_develops_its_album() -> None:
    text = "The Lanterns' new album Salt Roads entered the chart at number three."
    entities = [entity(text, "O1", "The Lanterns", "ORG", "Lanterns"), entity(text, "W1", "Salt Roads", "WORK")]
    assert facts_of(text, entities).named("develops") == [(["The Lanterns"], "Salt Roads")]


def test_a_title_with_and_stays_one_title() -> None:
    text = "Ivo Sand's book Ropes and Ladders sold well."
    found = facts_of(text, [*people(text, "Ivo Sand"), entity(text, "W1", "Ropes and Ladders", "WORK")])
    assert found.named("develops") == [(["Ivo Sand"], "Ropes and Ladders")]


def test_an_actors_film_is_not_developed() -> None:
    text = "Ivo Sand's film Winter Tides opened in May."
    assert facts_of(text, people(text, "Ivo Sand")).named("develops") == []
