"""A name the NER typed a work or an event that says something in a sentence with a quotation is a
person's ('"It was fine," Mr Vell said'); a work that "tells the story" stays a work."""

from __future__ import annotations

import pytest

from dateline.stages.entities import find_entities
from tests.ner import with_entities

pytestmark = pytest.mark.slow


def _types(text: str, *entities: tuple[str, str] | tuple[str, str, int]) -> dict[str, tuple[str, list[str]]]:
    return {
        entity.name: (entity.type, [m.text for m in entity.mentions if m.kind == "name"])
        for entity in find_entities(with_entities(text, *entities))
    }


def test_a_work_that_is_quoted_saying_something_is_a_person() -> None:
    types = _types(
        'Tomas Vell runs the bank. "The plan was sound," Vell says.', ("Tomas Vell", "PERSON"), ("Vell", "WORK_OF_ART", 1)
    )
    assert types == {"Tomas Vell": ("PERSON", ["Tomas Vell", "Vell"])}


def test_an_event_with_an_honorific_that_is_quoted_is_a_person() -> None:
    types = _types('"We are proud," Mr Okafor said on Monday.', ("Mr Okafor", "EVENT"))
    assert types == {"Okafor": ("PERSON", ["Mr Okafor"])}


def test_a_work_that_tells_a_story_stays_a_work() -> None:
    types = _types('Grey Harbour tells the story of a "lost" town.', ("Grey Harbour", "WORK_OF_ART"))
    assert types == {"Grey Harbour": ("WORK", ["Grey Harbour"])}
