"""A lone surname the NER typed DATE or TIME ("Vorsk was born ...") is kept as a name that a pronoun may
make a person; a calendar word typed DATE ("Monday", "Christmas") stays no name."""

from __future__ import annotations

import pytest

from dateline.stages.entities import find_entities
from tests.ner import with_entities

pytestmark = pytest.mark.slow


def _entities(text: str, *entities: tuple[str, str, int]) -> dict[str, tuple[str, list[str]]]:
    return {
        entity.name: (entity.type, [m.text for m in entity.mentions])
        for entity in find_entities(with_entities(text, *entities))
    }


def test_a_surname_typed_date_takes_its_pronoun() -> None:
    entities = _entities("Vorsk was born in a small town. He became a judge.", ("Vorsk", "DATE", 0))
    assert entities == {"Vorsk": ("PERSON", ["Vorsk", "He"])}


def test_a_weekday_typed_date_is_no_name() -> None:
    entities = _entities(
        "Mara Quill said Monday was her last day. She left.", ("Mara Quill", "PERSON", 0), ("Monday", "DATE", 0)
    )
    assert entities == {"Mara Quill": ("PERSON", ["Mara Quill", "her", "She"])}


def test_a_plural_weekday_typed_date_is_no_name() -> None:
    entities = _entities("Mondays were hard for Mara Quill.", ("Mondays", "DATE", 0), ("Mara Quill", "PERSON", 0))
    assert set(entities) == {"Mara Quill"}
