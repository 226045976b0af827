"""Two names the NER ran together over a comma ("Vane, Orr" typed ORG) are two mentions when each is named
apart elsewhere in the article and one of them is a person's; a place with its region stays whole."""

from __future__ import annotations

import pytest

from dateline.stages.entities import find_entities
from tests.ner import with_entities

pytestmark = pytest.mark.slow


def _entities(text: str, *entities: tuple[str, str, int]) -> dict[str, tuple[str, list[str]]]:
    return {
        entity.name: (entity.type, [m.text for m in entity.mentions if m.kind == "name"])
        for entity in find_entities(with_entities(text, *entities))
    }


def test_two_known_people_joined_by_a_comma_are_two() -> None:
    entities = _entities(
        "Tom Vane and Matt Orr wrote the show. It stars Vane, Orr and a cast of newcomers.",
        ("Tom Vane", "PERSON", 0), ("Matt Orr", "PERSON", 0), ("Vane, Orr", "ORG", 0),
    )
    assert entities == {"Tom Vane": ("PERSON", ["Tom Vane", "Vane"]), "Matt Orr": ("PERSON", ["Matt Orr", "Orr"])}


def test_a_place_and_its_region_stay_whole() -> None:
    entities = _entities(
        "Ann Lee lives in Dunmore. Dunmore, Kestshire is her home town. Kestshire is rainy.",
        ("Ann Lee", "PERSON", 0), ("Dunmore", "GPE", 0), ("Dunmore, Kestshire", "ORG", 0),
        ("Kestshire", "GPE", 1),
    )
    assert entities["Dunmore, Kestshire"] == ("ORG", ["Dunmore, Kestshire"])


def test_three_known_people_run_together_over_commas_are_three() -> None:
    entities = _entities(
        "Don Varga, Mike Corlin and Dan Hale spoke at the church. Before Varga, Corlin, Hale's lawyer, spoke.",
        ("Don Varga", "PERSON", 0), ("Mike Corlin", "PERSON", 0), ("Dan Hale", "PERSON", 0),
        ("Varga, Corlin, Hale's", "ORG", 0),
    )
    assert entities["Mike Corlin"] == ("PERSON", ["Mike Corlin", "Corlin"])
    assert "Varga, Corlin, Hale" not in entities
