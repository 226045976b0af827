"""A possessive in a clause opened by "who" right after a name is that name's, whatever the parser hangs the clause from."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return mentions_by_entity(text, "pronoun")


def test_the_name_right_before_who_takes_the_possessive() -> None:
    text = "The studio was used by Billy Joel and Jay-Z, as well as Tom Vance who survived an attempt on his life there."
    found = _pronouns(text)  # the parser hangs the clause from "Joel"
    assert found["Tom Vance"] == ["his"]
    assert found.get("Billy Joel", []) == []


def test_an_object_in_the_clause_is_someone_else() -> None:
    text = "Maria Dane was charged with the care of the young princess Anna Vell who was very fond of her."
    assert _pronouns(text).get("Anna Vell", []) == []
