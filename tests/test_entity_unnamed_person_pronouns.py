"""A "he" after an unnamed person ("the intruder") is left alone rather than given to the person named before."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow

_OPENING = "Rock singer Corin Bellamy chased a thief from his flat on Sunday. "


def _pronouns(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return mentions_by_entity(text, "pronoun")


def test_a_he_after_the_intruder_is_not_the_named_person() -> None:
    text = _OPENING + "Police described the intruder as tall and said he was wearing a mask."
    assert _pronouns(text)["Corin Bellamy"] == ["his"]


def test_a_possessive_pronoun_is_still_resolved() -> None:
    text = "Rock singer Corin Bellamy tackled a burglar who stole a watch from his flat."
    assert _pronouns(text)["Corin Bellamy"] == ["his"]


def test_an_unnamed_person_inside_a_quote_does_not_block_its_speaker() -> None:
    text = _OPENING + '"The thief ran off," he said.'
    assert _pronouns(text)["Corin Bellamy"] == ["his", "he"]
