"""A noun a naming verb ties to a name gives the person's gender as an apposition does ("a woman called Kerris
Dunmore"; ents23)."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def test_a_woman_called_x_takes_no_he() -> None:
    text = (
        "Marlo Brandt turned down the prize in protest. He sent along a woman called Kerris Dunmore to collect"
        " his award. She read out a statement."
    )
    found = mentions_by_entity(text, "pronoun")
    assert "his" not in found["Kerris Dunmore"]
    assert "She" in found["Kerris Dunmore"]
