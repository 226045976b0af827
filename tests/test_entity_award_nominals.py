""" "the Oscar winner" refers back to the one person just named; "the winner" or "the Venice winner" does not."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow

_OPENING = "Film-maker Harold Quist has said a sequel is years away. "


def _nominals(text: str) -> dict[str, list[str]]:
    entities = find_entities(load_pipeline()(text))
    return {e.name: [m.text for m in e.mentions if m.kind == "nominal"] for e in entities if e.type == "PERSON"}


def test_the_oscar_winner_is_the_person_just_named() -> None:
    assert _nominals(_OPENING + "The Oscar winner said talks would be long.")["Harold Quist"] == ["winner"]


def test_a_bare_winner_is_someone_new() -> None:
    assert _nominals(_OPENING + "The winner said talks would be long.")["Harold Quist"] == []


def test_a_festival_winner_may_be_a_film() -> None:
    assert _nominals(_OPENING + "The Venice winner faces stiff competition.")["Harold Quist"] == []
