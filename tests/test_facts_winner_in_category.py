""""Viewers voted X the winner in the best urban act category", "The winner in the poetry category was X": the
category an "in" phrase gives a winner is the award won."""

from __future__ import annotations

import pytest

from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def _won(text: str) -> list:
    return facts_of(text, people(text, "Mara Quill")).named("won_award")


def test_the_winner_in_a_category_won_that_category() -> None:
    found = _won("Viewers of the music channel voted Quill the winner in the best urban act category.")
    assert found == [(["Mara Quill"], "best urban act category")]


def test_a_winner_in_a_place_is_no_award() -> None:
    assert _won("Mara Quill, the winner in Paris last year, will sing again.") == []
