"""A short name that a kinship phrase in its sentence sets apart from the full name it fits is another
person ("Vell's father, Tomas Vell"), and keeps its later mentions; without such a phrase the short name
is the full name's."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities
from tests.ner import with_entities

pytestmark = pytest.mark.slow


def _people(text: str, *entities: tuple[str, str, int]) -> dict[str, list[str]]:
    doc = with_entities(text, *entities) if entities else load_pipeline()(text)
    return {e.name: [m.text for m in e.mentions] for e in find_entities(doc) if e.type == "PERSON"}


def test_the_owner_of_a_kin_noun_is_not_the_relative() -> None:
    people = _people(
        "Vell's father, Tomas Vell, won a medal. Vell did not win until 2003, when he became champion.",
        ("Vell", "PERSON", 0), ("Tomas Vell", "PERSON", 0), ("Vell", "PERSON", 2),
    )
    assert people == {"Vell": ["Vell's", "Vell", "he"], "Tomas Vell": ["Tomas Vell"]}


def test_a_name_born_to_a_namesake_is_not_the_namesake() -> None:
    people = _people(
        "Maria was born in Modena to Tomas Vell and his consort Maria Caterina Vell. She was a princess.",
        ("Maria", "PERSON", 0), ("Tomas Vell", "PERSON", 0), ("Maria Caterina Vell", "PERSON", 0),
    )
    assert people["Maria"] == ["Maria", "She"]


def test_a_short_name_without_kinship_is_the_full_name() -> None:
    assert _people("Orla Vance was a singer. Orla toured Europe.") == {"Orla Vance": ["Orla Vance", "Orla"]}


def test_a_surname_two_people_share_goes_to_the_one_it_is_not_kin_to() -> None:
    people = _people(
        "Irina Vell is a scout leader. Vell is the daughter of physicist Tomas Vell. She studied medicine.",
        ("Irina Vell", "PERSON", 0), ("Tomas Vell", "PERSON", 0),
    )
    assert people["Irina Vell"] == ["Irina Vell", "Vell", "She"]
