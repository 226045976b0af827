"""A name in apposition to an unnamed noun coordinated with a subject is a subject too ("Tom Vale and
his wife, Kerstin Ozal, moved ...": a later "She" is Kerstin Ozal); not when the first conjunct is an
object."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return mentions_by_entity(text, "pronoun")


def test_the_wife_named_after_a_coordinated_subject_takes_she() -> None:
    found = _pronouns("Tom Vale and his wife, Kerstin Ozal, moved to Leeds in 1990. She opened a shop there.")
    assert found["Kerstin Ozal"] == ["She"]
    assert found["Tom Vale"] == ["his"]
