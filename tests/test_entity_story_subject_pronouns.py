"""A pronoun with no one else mentioned near it goes to the person the story has mentioned most so far, also
when its first sentence names others too, unless a quotation since that person's last mention is someone
else's (ents23)."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow

_OPENING = (
    "Mara Quill and Tom Vale opened the new theatre on Monday. Ms Quill had planned the building for ten years."
    " Ms Quill thanked the builders.\n\n"
)
_MIDDLE = "The theatre seats 900 people. Tickets sold out within an hour. The first season opens in May.\n\n"


def _pronouns(text: str) -> dict[str, list[str]]:
    return mentions_by_entity(text, "pronoun")


def test_the_person_mentioned_most_takes_a_far_pronoun() -> None:
    found = _pronouns(_OPENING + _MIDDLE + "Her next project is a school in the docks.")
    assert found["Mara Quill"] == ["Her"]


def test_someone_elses_quotation_since_blocks_it() -> None:
    quoted = 'Critic Ann Dale was less kind. "The seats are too small," said Ms Dale. "It will not last."\n\n'
    found = _pronouns(_OPENING + quoted + _MIDDLE + "Her next project is a school in the docks.")
    assert "Her" not in found["Mara Quill"]


def test_a_person_mentioned_as_often_blocks_it() -> None:
    opening = (
        "Mara Quill and Ann Dale opened the new theatre on Monday. Ms Dale had planned the building and Ms Quill"
        " had paid for it.\n\n"
    )
    found = _pronouns(opening + _MIDDLE + "Her next project is a school in the docks.")
    assert "Her" not in found["Mara Quill"] + found["Ann Dale"]
