"""A name typed PERSON that ends with an award word ("The Dora Vell Award", "Tomas Prize") is the award:
typed OTHER, taking no pronoun, also when it starts with a given name."""

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


def test_an_award_named_after_someone_is_no_person() -> None:
    entities = _entities(
        "The Dora Vell Award went to a film about a drifter. It follows him across Wales.",
        ("Dora Vell Award", "PERSON", 0),
    )
    assert entities == {"Dora Vell Award": ("OTHER", ["Dora Vell Award"])}


def test_a_prize_with_a_surname_is_no_person() -> None:
    entities = _entities("Critics gave the Okonkwo Prize to Mara Quill.", ("Okonkwo Prize", "PERSON", 0))
    assert entities["Okonkwo Prize"] == ("OTHER", ["Okonkwo Prize"])


def test_a_person_keeps_the_type() -> None:
    entities = _entities("Dora Vell won an award. She thanked her family.", ("Dora Vell", "PERSON", 0))
    assert entities == {"Dora Vell": ("PERSON", ["Dora Vell", "She", "her"])}
