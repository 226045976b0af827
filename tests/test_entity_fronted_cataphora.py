"""A pronoun in a phrase put before its clause's subject is most often the person named right after
the phrase ("Shortly after he arrives in York, Carl Dunne ..."), even against a salient earlier subject;
a name after a reported clause ("... her career, Ann Lee said") gets no such weight."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return mentions_by_entity(text, "pronoun")


def test_the_subject_after_a_fronted_clause_takes_its_pronoun() -> None:
    text = (
        "Tom Vale joined Leeds in 1980 and he scored often. He won the cup with Ivo Brandt. "
        "Shortly after he arrives in York, Carl Dunne meets Tom Vale."
    )
    found = _pronouns(text)
    assert found["Carl Dunne"] == ["he"]
    assert found["Tom Vale"] == ["he", "He"]


def test_a_speaker_after_a_reported_clause_is_not_favoured() -> None:
    found = _pronouns("Ann Lee was upset. Mary Cole had feared that it could harm her career, Ann Lee said.")
    assert found["Mary Cole"] == ["her"]
