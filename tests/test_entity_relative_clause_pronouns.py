"""A pronoun in a relative clause on "a man", "a character" is theirs, not the director's named before."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow

_OPENING = "The new thriller was directed by Tobias Wrenfield. "


def _pronouns(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return mentions_by_entity(text, "pronoun")


def test_a_pronoun_in_a_clause_on_a_man_is_not_the_director() -> None:
    text = _OPENING + "The film follows a man who returns to his village to find his missing brother."
    assert _pronouns(text).get("Tobias Wrenfield", []) == []


def test_a_pronoun_in_a_clause_on_a_character_is_not_the_director() -> None:
    text = _OPENING + "It centres on a character who must use his strength to save the town."
    assert _pronouns(text).get("Tobias Wrenfield", []) == []


def test_a_person_named_earlier_in_the_sentence_keeps_it() -> None:
    text = "Rock singer Corin Bellamy chased a man who took a guitar from his flat."
    assert _pronouns(text)["Corin Bellamy"] == ["his"]


def test_a_man_describing_the_named_person_keeps_it() -> None:
    text = _OPENING + "Wrenfield is a man who loves his work."
    assert _pronouns(text)["Tobias Wrenfield"] == ["his"]


def test_a_name_in_a_fronted_phrase_does_not_keep_it() -> None:
    text = "Based on a novel by Tobias Wrenfield, the film tells of a boy who leaves home when his father dies."
    assert _pronouns(text).get("Tobias Wrenfield", []) == []


def test_a_person_subject_of_a_clause_inside_keeps_it() -> None:
    text = (
        "Corin Bellamy spoke at length. The story named a man who had vanished and raised questions"
        " about who Bellamy had surrounded himself with."
    )
    assert _pronouns(text)["Corin Bellamy"] == ["himself"]
