"""Definite descriptions ("the actress", "the 62-year-old") tied to a person just mentioned."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _nominals(text: str) -> dict[str, list[str]]:
    found = {}
    for entity in find_entities(load_pipeline()(text)):
        if entity.type == "PERSON":
            found[entity.name] = [m.text for m in entity.mentions if m.kind == "nominal"]
    return found


def test_age_description_goes_to_the_person_of_that_age() -> None:
    found = _nominals("Sarah Quill, 41, and David Hale, 62, opened the fair. The 62-year-old thanked them.")
    assert found == {"Sarah Quill": [], "David Hale": ["The 62-year-old"]}


def test_gendered_description_goes_to_the_only_person_of_that_gender_nearby() -> None:
    found = _nominals("Sarah Quill arrived in Leeds on Friday. The actress said she loved the city.")
    assert found["Sarah Quill"] == ["The actress"]


def test_description_with_two_people_nearby_is_not_guessed() -> None:
    found = _nominals("Sarah Quill met Emma Hale in Leeds on Friday. The star said she loved the city.")
    assert found == {"Sarah Quill": [], "Emma Hale": []}


def test_selecting_descriptions_are_not_links() -> None:
    found = _nominals("Sarah Quill arrived in Leeds. She won the award for the best supporting actress.")
    assert found["Sarah Quill"] == []


def test_description_before_a_name_is_an_attribute_not_a_mention() -> None:
    entities = find_entities(load_pipeline()("The actor David Hale lives in Leeds."))
    (entity,) = [e for e in entities if e.type == "PERSON"]
    assert [m.kind for m in entity.mentions] == ["name"]


def test_a_hyphenated_occupation_goes_to_someone_described_by_a_word_for_the_same_work() -> None:
    text = ("Film director Tobias Wren met actor David Hale in Leeds. "
            "The veteran film-maker recently sued a studio.")
    assert _nominals(text) == {"Tobias Wren": ["The veteran film-maker"], "David Hale": []}


def test_a_hyphenated_occupation_is_not_given_to_someone_described_otherwise() -> None:
    text = "Actor David Hale met singer Sarah Quill in Leeds. The film-maker recently sued a studio."
    assert _nominals(text) == {"David Hale": [], "Sarah Quill": []}
