"""A reflexive goes to the subject that binds it ("Mary Cole saw herself"), also the understood subject
of an infinitive ("Joe Hart advised Tom Vale to be himself": Tom Vale), never ruled out by it."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return mentions_by_entity(text, "pronoun")


def test_a_reflexive_goes_to_its_clause_s_subject() -> None:
    found = _pronouns("Ann Lee met Mary Cole. Mary Cole saw herself in the mirror.")
    assert found["Mary Cole"] == ["herself"]


def test_a_reflexive_in_an_infinitive_goes_to_the_controlling_object() -> None:
    found = _pronouns("Tom Vale met Joe Hart. Joe Hart advised Tom Vale to just be himself.")
    assert found["Tom Vale"] == ["himself"]
    assert found["Joe Hart"] == []


def test_a_reflexive_in_a_relative_clause_goes_to_the_noun_it_describes() -> None:
    found = _pronouns("Ned Rook was shot by Carl Dunne, who later killed himself.")
    assert found["Carl Dunne"] == ["himself"]
