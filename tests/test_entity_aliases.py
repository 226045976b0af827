"""A birth name or a name a person goes by, given in the same sentence, is that person's other name."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _people(text: str) -> dict[str, list[str]]:
    return {
        e.name: [m.text for m in e.mentions] for e in find_entities(load_pipeline()(text)) if e.type == "PERSON"
    }


def test_a_birth_name_after_born_is_the_subject() -> None:
    assert _people("Kell Arno was born Sasha Mirel in Leeds. She studied law.") == {
        "Kell Arno": ["Kell Arno", "Sasha Mirel", "She"]
    }


def test_a_bracketed_birth_name_is_the_name_it_follows() -> None:
    people = _people("Sasha Mirel (born Kell Arno on 3 May 1950) is a singer. She studied law.")
    assert people == {"Sasha Mirel": ["Sasha Mirel", "Kell Arno", "She"]}


def test_a_name_known_as_is_the_same_person() -> None:
    people = _people("Sasha Mirel, popularly known as Kell Arno, is a singer. She studied law.")
    assert people == {"Sasha Mirel": ["Sasha Mirel", "Kell Arno", "She"]}


def test_a_pronoun_subject_takes_the_birth_name() -> None:
    people = _people("Dame Orla Vance has died. She was born Kitty Marsh in Hull in 1920. Her father was a miner.")
    assert people == {"Orla Vance": ["Dame Orla Vance", "She", "Kitty Marsh", "Her"]}


def test_the_display_name_stays_the_described_persons() -> None:
    entity = next(e for e in find_entities(load_pipeline()("Kell Arno was born Sasha Jane Mirel in Leeds.")))
    assert (entity.name, entity.aliases) == ("Kell Arno", ["Sasha Jane Mirel"])


def test_someone_else_known_by_a_name_is_not_joined() -> None:
    assert _people("Kell Arno played a man known as Sasha Mirel.") == {
        "Kell Arno": ["Kell Arno"],
        "Sasha Mirel": ["Sasha Mirel"],
    }


def test_parents_after_born_are_not_joined() -> None:
    people = _people("Ann Vale was born in Leeds to Tom Vale and Nora Hart.")
    assert set(people) == {"Ann Vale", "Tom Vale", "Nora Hart"}


def test_a_real_name_set_off_by_dashes_is_the_same_person() -> None:
    people = _people("The suit names Snoop Vell - real name Calvin Orr - and two others.")
    assert people == {"Snoop Vell": ["Snoop Vell", "Calvin Orr"]}


def test_a_name_after_aka_is_the_same_person() -> None:
    people = _people("DJ Norman Vell - aka Fatboy Orr - has said that dance music is not dead.")
    assert people == {"Norman Vell": ["Norman Vell", "Fatboy Orr"]}


def test_a_list_of_names_is_not_joined() -> None:
    assert set(_people("Tom Vell, Ann Orr and Kim Lee came to the party.")) == {"Tom Vell", "Ann Orr", "Kim Lee"}
