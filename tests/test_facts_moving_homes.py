"""Moving into a home named with its town ("moved in with him at his Lisbon house", "moved into a Lisbon
apartment"): the mover moved to that town (frames.yaml, moved_to, the home nouns under "move")."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people


def _moved(text: str) -> list[tuple[list[str], str | None]]:
    found = facts_of(text, [*people(text, "Ivo Rook"), entity(text, "G1", "Lisbon", "GPE")])
    return found.named("moved_to")


@pytest.mark.parametrize("text", [
    "In 1998 Ivo Rook moved in with the drummer at his Lisbon house.",
    "Ivo Rook moved into a Lisbon apartment in 2003.",
    "Ivo Rook moved to a Lisbon villa.",
])
def test_moving_into_a_home_named_with_its_town_is_moving_there(text: str) -> None:
    assert _moved(text) == [(["Ivo Rook"], "Lisbon")]


def test_moving_a_house_is_no_move_of_its_owner() -> None:
    assert _moved("Ivo Rook wants to move the Lisbon house to a new site.") == []
