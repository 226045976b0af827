"""A name the text calls a character takes part in no fact; a character actor still acts."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_a_character_in_apposition_appears_in_nothing() -> None:
    text = "The main character, Dorian Pell, also appears in Salt Roads."
    entities = [*people(text, "Dorian Pell"), entity(text, "W1", "Salt Roads", "WORK")]
    assert facts_of(text, entities).named("acted_in") == []


def test_a_character_actor_acts() -> None:
    text = "Veteran character actor Dorian Pell also appears in Salt Roads."
    entities = [*people(text, "Dorian Pell"), entity(text, "W1", "Salt Roads", "WORK")]
    assert facts_of(text, entities).named("acted_in") == [(["Dorian Pell"], "Salt Roads")]
