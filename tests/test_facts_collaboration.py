"""Collaborations: names joined by "&" that are two people, and playing or performing with others."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def test_names_joined_by_an_ampersand_are_two_parties_when_they_are_two_entities() -> None:
    text = "Ivo Sand's work with rappers Kip Dell & Bo Rane earned him a nomination."
    found = facts_of(text, people(text, "Ivo Sand", "Kip Dell", "Bo Rane"))
    assert found.named("collaboration") == [(["Bo Rane", "Ivo Sand", "Kip Dell"], None)]


def test_a_duo_named_with_an_ampersand_is_one_party() -> None:
    text = "Ivo Sand's work with comedians Kip & Rane earned him a nomination."
    duo = entity(text, "O1", "Kip & Rane", "ORG")
    found = facts_of(text, [*people(text, "Ivo Sand"), duo])
    assert found.named("collaboration") == [(["Ivo Sand", "Kip & Rane"], None)]
