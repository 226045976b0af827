"""A possessive on what a verb gives someone is the recipient's: "winning Sam Reed his third nomination"."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _owner(text: str, pronoun: str) -> str | None:
    for entity in find_entities(load_pipeline()(text)):
        if any(m.kind == "pronoun" and m.text == pronoun for m in entity.mentions):
            return entity.name
    return None


def test_a_possessive_on_a_won_thing_is_the_recipient_s() -> None:
    assert _owner("Tom Hale directed Hard Rain, winning Sam Reed his third nomination.", "his") == "Sam Reed"


def test_a_possessive_on_an_earned_thing_read_as_an_apposition_is_the_recipient_s() -> None:
    assert _owner("Sam Fox earned Lisa Marsh her award.", "her") == "Lisa Marsh"


def test_an_unnamed_giver_does_not_keep_the_recipient_s_possessive() -> None:
    assert _owner("Ann Keel said the director gave Tom Brandt his big break.", "his") == "Tom Brandt"


def test_a_possessive_after_a_verb_that_gives_nothing_is_not_the_object_s() -> None:
    assert _owner("Tom Hale showed Sam Reed his garden.", "his") != "Sam Reed"
