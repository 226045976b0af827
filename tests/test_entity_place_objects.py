"""A one-word name the NER typed ORG that is the object of a place preposition ("married in Surrey",
"brought it to Vexmoor") is a place or an institution, not a person's name it mistook: it takes no
"he" or "she", which go to the person instead."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dateline.stages.entities import find_entities
from tests.ner import with_entities

pytestmark = pytest.mark.slow


def _pronouns(doc: Doc) -> dict[str, tuple[str, list[str]]]:
    return {
        entity.name: (entity.type, [m.text for m in entity.mentions if m.kind == "pronoun"])
        for entity in find_entities(doc)
    }


def test_a_name_after_in_takes_no_pronoun() -> None:
    doc = with_entities(
        "On 4 July 1785 at Dunley in Vexmoor, he married Nadia Orr, a daughter of Tomas Orr. She survived him.",
        ("Nadia Orr", "PERSON", 0), ("Tomas Orr", "PERSON", 0), ("Vexmoor", "ORG", 0),
    )
    assert _pronouns(doc)["Vexmoor"] == ("ORG", [])


def test_a_name_after_to_takes_no_pronoun() -> None:
    doc = with_entities(
        "One of the crew, Mr Brann Tolle, caught a tortoise in a cave and brought it to Vexmoor, where it bred"
        " among his friends.",
        ("Brann Tolle", "PERSON", 0), ("Vexmoor", "ORG", 0),
    )
    assert _pronouns(doc) == {"Brann Tolle": ("PERSON", ["his"]), "Vexmoor": ("ORG", [])}


def test_a_lone_name_as_subject_may_still_be_a_person() -> None:
    doc = with_entities("Koehler moved in 1990. He left it in 1995.", ("Koehler", "ORG", 0))
    assert _pronouns(doc) == {"Koehler": ("PERSON", ["He"])}
