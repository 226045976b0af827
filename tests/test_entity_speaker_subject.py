"""The "he" of '"...," he said' is most likely someone who was the subject of a clause, not its object."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return mentions_by_entity(text, "pronoun")


def test_a_subject_two_sentences_back_closes_the_quote() -> None:
    text = (
        "Comedian Ronald Tibbett, who was joined by Ivor Penn, has hosted the quiz for a decade. Speaking to a "
        "weekly magazine, the veteran presenter said there is too much bad language and reality television on "
        'air. "You get fed up watching shows with not much care and love in them," he complained.'
    )
    found = _pronouns(text)
    assert found["Ronald Tibbett"] == ["he"]
    assert found["Ivor Penn"] == []
