"""A name a work noun describes in apposition ("Gallowglass, an adaptation of ...") is a work."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dateline.stages.entities import find_entities
from tests.ner import with_entities

pytestmark = pytest.mark.slow


def _type_of(doc: Doc, name: str) -> str:
    return next(e.type for e in find_entities(doc) if e.name == name)


def test_a_name_followed_by_a_work_noun_in_apposition_is_a_work() -> None:
    doc = with_entities(
        "The winter schedule includes Gallowglass, an adaptation of a thriller, on Sunday.",
        ("Gallowglass", "ORG"),
    )
    assert _type_of(doc, "Gallowglass") == "WORK"


def test_a_name_after_a_work_noun_and_a_comma_is_a_work() -> None:
    doc = with_entities(
        "Critics liked her second film, Paper Tigers, more than the first.",
        ("Paper Tigers", "PERSON"),
    )
    assert _type_of(doc, "Paper Tigers") == "WORK"


def test_a_bare_noun_hung_on_a_name_says_nothing() -> None:
    doc = with_entities(
        "The cartoon was voiced by Dorrin Vale, superb children's programme.",
        ("Dorrin Vale", "PERSON"),
    )
    assert _type_of(doc, "Dorrin Vale") == "PERSON"


def test_a_name_with_a_given_name_stays_a_person() -> None:
    doc = with_entities(
        "The cartoon was voiced by Robert Vale, a much-loved show.",
        ("Robert Vale", "PERSON"),
    )
    assert _type_of(doc, "Robert Vale") == "PERSON"


def test_a_name_said_to_be_a_work_is_a_work() -> None:
    doc = with_entities("Gallowglass has become the first soap to win the prize.", ("Gallowglass", "GPE"))
    assert _type_of(doc, "Gallowglass") == "WORK"


def test_an_event_said_to_be_a_show_stays_an_event() -> None:
    doc = with_entities(
        "The Harbour Games was the most watched show of the year.",
        ("The Harbour Games", "EVENT"),
    )
    assert _type_of(doc, "The Harbour Games") == "EVENT"
