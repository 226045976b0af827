"""Festivals and awards the NER typed otherwise: a place's name ending with "Festival" is the festival (an
EVENT); one ending with "Awards" or "Prize" is the award (OTHER); an award's own name ("an Oscar") the NER
took for a person, a work or a place is the award (OTHER)."""

from __future__ import annotations

import pytest

from dateline.stages.entities import find_entities
from tests.ner import with_entities

pytestmark = pytest.mark.slow


def _types(text: str, *entities: tuple[str, str]) -> dict[str, tuple[str, list[str]]]:
    return {
        entity.name: (entity.type, [m.text for m in entity.mentions])
        for entity in find_entities(with_entities(text, *entities))
    }


def test_a_festival_named_after_a_place_is_an_event() -> None:
    types = _types("The film opened the Harwick Film Festival in Merland.", ("the Harwick Film Festival", "LOC"), ("Merland", "GPE"))
    assert types == {"the Harwick Film Festival": ("EVENT", ["the Harwick Film Festival"]), "Merland": ("GPE", ["Merland"])}


def test_a_ceremony_named_after_its_awards_is_the_award() -> None:
    types = _types("The band played at the Kestrel Music Awards on Friday.", ("the Kestrel Music Awards", "LOC"))
    assert types == {"the Kestrel Music Awards": ("OTHER", ["the Kestrel Music Awards"])}


def test_a_prize_typed_a_place_is_the_prize() -> None:
    types = _types("Her novel won the Dunmore Prize last year.", ("the Dunmore Prize", "GPE"))
    assert types == {"the Dunmore Prize": ("OTHER", ["the Dunmore Prize"])}


def test_an_award_typed_a_person_is_the_award_and_takes_no_pronoun() -> None:
    types = _types("Mara Quill won an Oscar. She thanked her family.", ("Mara Quill", "PERSON"), ("Oscar", "PERSON"))
    assert types == {"Mara Quill": ("PERSON", ["Mara Quill", "She", "her"]), "Oscar": ("OTHER", ["Oscar"])}


def test_an_award_typed_a_work_is_the_award() -> None:
    types = _types("The song earned the duo a Grammy in May.", ("Grammy", "WORK_OF_ART"))
    assert types == {"Grammy": ("OTHER", ["Grammy"])}


def test_a_bafta_typed_a_person_is_the_award() -> None:
    types = _types("Mara Quill won a Bafta. She thanked her family.", ("Mara Quill", "PERSON"), ("Bafta", "PERSON"))
    assert types == {"Mara Quill": ("PERSON", ["Mara Quill", "She", "her"]), "Bafta": ("OTHER", ["Bafta"])}


def test_an_award_typed_an_organisation_stays_one() -> None:
    types = _types("The Oscars announced a new category.", ("Oscars", "ORG"))
    assert types == {"Oscars": ("ORG", ["Oscars"])}


def test_a_place_without_an_event_word_stays_a_place() -> None:
    types = _types("The festival moved to Harwick Park.", ("Harwick Park", "LOC"))
    assert types == {"Harwick Park": ("LOC", ["Harwick Park"])}


def test_a_festival_prize_typed_a_person_takes_no_pronoun() -> None:
    types = _types(
        "Ivo Sand won the Golden Bear in Berlin. He thanked the jury.", ("Ivo Sand", "PERSON"), ("Golden Bear", "PERSON")
    )
    assert types["Golden Bear"] == ("OTHER", ["Golden Bear"])
    assert types["Ivo Sand"] == ("PERSON", ["Ivo Sand", "He"])
