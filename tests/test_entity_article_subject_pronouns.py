"""A pronoun with no one else mentioned near it goes to the person the article is about."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow

_OPENING = "Daniel Penhallow has topped the film charts on both sides of the Atlantic. "
_MIDDLE = "The comedy took £5m in three days. It pushed a war drama off the top spot. Ticket sales rose by a third. "


def _pronouns(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return mentions_by_entity(text, "pronoun")


def test_a_pronoun_far_from_any_name_is_the_article_subject() -> None:
    found = _pronouns(_OPENING + _MIDDLE + "Critics also praised his new thriller.")
    assert found["Daniel Penhallow"] == ["his"]


def test_an_unnamed_person_before_it_may_be_meant() -> None:
    found = _pronouns(_OPENING + _MIDDLE + "The cinema's manager said he was pleased.")
    assert found["Daniel Penhallow"] == []


def test_another_person_in_the_window_blocks_the_fallback() -> None:
    text = _OPENING + "The comedy took £5m in three days. Ruth Ogilvy directed it. Critics praised his new thriller."
    assert _pronouns(text)["Daniel Penhallow"] == []


def test_a_pronoun_inside_a_quotation_is_left_alone() -> None:
    found = _pronouns(_OPENING + _MIDDLE + 'A critic wrote: "Nobody saw his new thriller coming."')
    assert found["Daniel Penhallow"] == []


def test_the_gender_must_be_known_to_agree() -> None:
    found = _pronouns(_OPENING + _MIDDLE + "Critics also praised her new thriller.")
    assert found["Daniel Penhallow"] == []
