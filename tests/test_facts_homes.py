"""Where someone lives, from their home named with its place ("her Lisbon apartment", "his Porto mansion")."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people


@pytest.mark.parametrize("home", ["home", "mansion", "apartment", "townhouse"])
def test_a_home_named_with_its_town_is_where_its_owner_lives(home: str) -> None:
    text = f"Police were called to Ivo Sand's Lisbon {home} on Monday."
    found = facts_of(text, [*people(text, "Ivo Sand"), entity(text, "G1", "Lisbon", "GPE")])
    assert found.named("lived_in") == [(["Ivo Sand"], "Lisbon")]


def test_a_home_with_no_place_says_nowhere() -> None:
    text = "Police were called to Ivo Sand's new mansion near the sea on Monday."
    assert facts_of(text, people(text, "Ivo Sand")).named("lived_in") == []
