"""An object pronoun is not the one who does what the infinitive it stands in says: after an
object-control verb that is the verb's object ("Joel convinced Andy to help him": not Andy, so Joel),
after a subject-control verb its subject ("Joel promised Andy to visit him": not Joel)."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return mentions_by_entity(text, "pronoun")


def test_the_object_of_a_control_verb_does_not_take_the_infinitive_s_object_pronoun() -> None:
    found = _pronouns("Joel Marsh convinced Andy Pike to help him train the horse.")
    assert found["Joel Marsh"] == ["him"]
    assert found["Andy Pike"] == []


def test_a_subject_control_verb_keeps_its_subject_bound() -> None:
    found = _pronouns("Joel Marsh promised Andy Pike to visit him.")
    assert "him" not in found["Joel Marsh"]


def test_without_an_object_the_subject_still_binds() -> None:
    found = _pronouns("Joel Marsh wanted to help him.")
    assert found["Joel Marsh"] == []


def test_a_relative_subject_binds_through_the_infinitive() -> None:
    found = _pronouns("Vera Holt, who wants to attack her, met Ann Lowe.")
    assert "her" not in found["Vera Holt"]


def test_the_subject_of_a_verb_binds_its_infinitive_of_purpose() -> None:
    found = _pronouns("Ann Lee met Mary Cole in May. Later Ann Lee flew to Rome to see her.")
    assert found["Mary Cole"] == ["her"]


def test_a_passive_subject_is_not_taken_for_the_doer_of_the_purpose() -> None:
    found = _pronouns("Tom Vale met Joe Hart. Tom Vale was arrested to stop him from leaving.")
    assert found["Tom Vale"] == ["him"]
