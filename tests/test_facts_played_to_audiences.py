"""Playing to an audience is no acting role: "play" with the preposition "to" gives no acted_in; an
infinitive "to play" still does."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def _acted(text: str) -> list[tuple[list[str], str | None]]:
    entities = [*people(text, "Ivo Sand"), entity(text, "W1", "Harbour Lights", "WORK")]
    found = facts_of(text, entities)
    return found.named("acted_in") + found.named("cast_in")


def test_playing_to_audiences_is_no_role() -> None:
    assert _acted("In a revived Harbour Lights, Ivo Sand played to packed houses.") == []


def test_playing_a_part_in_a_work_is_a_role() -> None:
    assert _acted("Ivo Sand played the captain in Harbour Lights.") == [(["Ivo Sand"], "Harbour Lights")]


def test_an_infinitive_to_play_is_still_read() -> None:
    assert _acted("Ivo Sand is set to play the captain in Harbour Lights.") == [(["Ivo Sand"], "Harbour Lights")]
