"""Winning an institution ("wins the White House", "won the Senate") is an election, not an award."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def _won(text: str, name: str) -> list[tuple[list[str], str | None]]:
    return facts_of(text, [*people(text, "Ana Reyes"), entity(text, "O1", name, "ORG")]).named("won_award")


def test_winning_a_house_is_no_award() -> None:
    assert _won("Ana Reyes won the Harbour House in a landslide.", "the Harbour House") == []


def test_winning_a_named_prize_is_an_award() -> None:
    assert _won("Ana Reyes won the Harbour Prize in May.", "the Harbour Prize") == [(["Ana Reyes"], "the Harbour Prize")]
