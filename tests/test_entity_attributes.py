"""Attributes of people: age, birth interval, birthplace, citizenship, nationality, occupation, known_for."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Entity
from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow

DATE = dt.date(2025, 4, 17)


def _person(text: str, name: str, date: dt.date | None = DATE) -> Entity:
    entities = find_entities(load_pipeline()(text), document_date=date)
    return next(entity for entity in entities if entity.name == name)


def _values(entity: Entity, name: str) -> list[str]:
    return [attribute.value for attribute in entity.attributes if attribute.name == name]


def test_age_gives_a_birth_interval_as_of_the_document_date() -> None:
    text = "Sarah Quill, 36, arrived in Leeds on Sunday."
    person = _person(text, "Sarah Quill")
    (age,) = [a for a in person.attributes if a.name == "age"]
    (birth,) = [a for a in person.attributes if a.name == "birth_date"]
    assert (age.value, age.as_of, text[age.start : age.end]) == ("36", DATE, "36")
    assert birth.interval == "1988-04-18/1989-04-17"


def test_age_without_a_document_date_has_no_birth_interval() -> None:
    person = _person("Sarah Quill, 36, arrived in Leeds on Sunday.", "Sarah Quill", date=None)
    assert [(a.name, a.value, a.as_of) for a in person.attributes] == [("age", "36", None)]


def test_two_ages_of_one_person_conflict() -> None:
    text = "Sarah Quill, 36, arrived in Leeds on Sunday. Later, the 37-year-old Sarah Quill sang two songs."
    person = _person(text, "Sarah Quill")
    ages = [i for i, a in enumerate(person.attributes) if a.name == "age"]
    assert _values(person, "age") == ["36", "37"]
    assert person.attributes[ages[0]].conflicts_with == [ages[1]]
    assert person.attributes[ages[1]].conflicts_with == [ages[0]]


def test_birthplace_and_citizenship_through_a_pronoun() -> None:
    text = "Sarah Quill was born in Cuba. She later moved to Spain and now holds Spanish citizenship."
    person = _person(text, "Sarah Quill")
    assert _values(person, "birthplace") == ["Cuba"]
    assert _values(person, "citizenship") == ["Spain"]


def test_nationality_and_occupation_before_a_name() -> None:
    person = _person("She married Spanish actor Tomas Vidal in 2011.", "Tomas Vidal")
    assert _values(person, "nationality") == ["Spanish"]
    assert _values(person, "occupation") == ["actor"]


def test_occupation_in_an_appositive() -> None:
    person = _person("David Hale, a British singer, opened the festival.", "David Hale")
    assert _values(person, "occupation") == ["singer"]
    assert _values(person, "nationality") == ["British"]


def test_known_for() -> None:
    text = "Sarah Quill, best known for playing a detective in the series Night Watch, lives in Leeds."
    person = _person(text, "Sarah Quill")
    assert _values(person, "known_for") == ["playing a detective in the series Night Watch"]


def test_an_age_at_a_recent_death_holds_as_of_the_document_date() -> None:
    person = _person("Novelist Tom Vale, who has died at the age of 84, wrote twelve books.", "Tom Vale")
    assert [(a.name, a.value, a.as_of) for a in person.attributes if a.name == "age"] == [("age", "84", DATE)]
    assert _values(person, "birth_date") == ["1940-04-18/1941-04-17"]


def test_an_age_at_a_death_in_a_year_named_holds_in_that_year() -> None:
    person = _person("The singer Ana Ruiz died in Bath in 1994 aged 72.", "Ana Ruiz")
    assert [(a.name, a.value, a.as_of) for a in person.attributes if a.name == "age"] == [("age", "72", None)]
    assert _values(person, "birth_date") == ["1921-01-02/1922-12-31"]


def test_an_age_at_an_undated_past_death_gives_no_birth_date() -> None:
    person = _person("The singer Rui Sol, who died last July at the age of 80, wrote the song.", "Rui Sol")
    assert [(a.name, a.value, a.as_of) for a in person.attributes if a.name == "age"] == [("age", "80", None)]
    assert _values(person, "birth_date") == []


def test_a_year_of_the_subject_does_not_date_the_death() -> None:
    text = "Eli Marr, who won a prize at the 1955 festival, has died at the age of 85."
    person = _person(text, "Eli Marr")
    assert _values(person, "birth_date") == ["1939-04-18/1940-04-17"]


def test_an_age_of_a_living_person_after_aged_is_no_death_age() -> None:
    person = _person("Eli Marr, who moved to Leeds aged 20, sings in a choir.", "Eli Marr")
    assert _values(person, "age") == []


def test_an_age_written_in_words() -> None:
    person = _person("Seventeen-year-old singer Joss Vale won two awards.", "Joss Vale")
    assert _values(person, "age") == ["17"]
