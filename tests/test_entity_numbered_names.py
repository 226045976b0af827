"""A name the NER typed PERSON that ends with a number in figures ("Shrek 2") is no one's name: a numbered
work, or a band when a band noun stands before it or it owns a work."""

from __future__ import annotations

import pytest

from dateline.stages.entities import find_entities
from tests.ner import with_entities

pytestmark = pytest.mark.slow


def _types(text: str, *entities: tuple[str, str]) -> dict[str, str]:
    return {entity.name: entity.type for entity in find_entities(with_entities(text, *entities))}


def test_a_sequel_typed_a_person_is_a_work() -> None:
    assert _types("The sequel Grimble 2 took three prizes.", ("Grimble 2", "PERSON")) == {"Grimble 2": "WORK"}


def test_a_numbered_name_after_a_band_noun_is_a_band() -> None:
    assert _types("US band Kestrel 9 won the award.", ("Kestrel 9", "PERSON")) == {"Kestrel 9": "ORG"}


def test_a_numbered_name_owning_an_album_is_a_band() -> None:
    assert _types("Fans bought Kestrel 9's album in May.", ("Kestrel 9", "PERSON")) == {"Kestrel 9": "ORG"}


def test_a_person_with_a_roman_numeral_stays_a_person() -> None:
    assert _types("King Harold II ruled for a year.", ("Harold II", "PERSON")) == {"Harold II": "PERSON"}
