"""A name the NER typed a person or a place right after a company noun that modifies it is the company's or
the club's, and so is the same name written again ("film studio New Haven", "his old club Leeds"; ents23)."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _types(text: str) -> dict[str, str]:
    return {entity.name: entity.type for entity in find_entities(load_pipeline()(text))}


def test_a_place_after_film_studio_is_the_studio() -> None:
    text = "The director said film studio New Haven had asked for changes. New Haven wants a happy ending."
    assert _types(text)["New Haven"] == "ORG"


def test_a_club_named_after_its_town_is_the_club_wherever_written() -> None:
    found = find_entities(load_pipeline()("The striker rejoined his old club Leeds in January. Leeds paid a record fee."))
    leeds = [entity for entity in found if entity.name == "Leeds"]
    assert [(entity.type, len(entity.mentions)) for entity in leeds] == [("ORG", 2)]


def test_a_person_typed_firm_is_the_firm() -> None:
    assert _types("The shares of technology firm Mervin Hale rose sharply.")["Mervin Hale"] == "ORG"


def test_a_name_opening_a_clause_after_the_noun_stays_a_person() -> None:
    assert _types("She joined the firm Mervin Hale founded in 1990.").get("Mervin Hale") == "PERSON"
