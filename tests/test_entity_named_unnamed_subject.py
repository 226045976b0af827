"""A person noun subject named in apposition ("the band's producer, Ray Dunne, ...") does not leave the
possessive pronoun of its clause alone, as an unnamed one ("the drummer lost his temper") does."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return mentions_by_entity(text, "pronoun")


def test_a_named_subject_takes_the_possessive() -> None:
    text = "The singers left the label in 1981, and the band's producer, Ray Dunne, soon closed his studio."
    assert _pronouns(text)["Ray Dunne"] == ["his"]


def test_an_unnamed_subject_still_leaves_it_alone() -> None:
    text = "Ray Dunne played first. Later the drummer lost his temper with the crowd."
    assert _pronouns(text)["Ray Dunne"] == []
