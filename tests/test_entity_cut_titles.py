"""Titles the NER cut to a one-word name ("Shaun" of "Shaun of the Dead"): entity_context.yaml,
one-word-name-of-the-title, and list items owned by a name ("Oasis' Definitely Maybe")."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline

pytestmark = pytest.mark.slow


def _ents(text: str) -> dict[str, str]:
    return {ent.text: ent.label_ for ent in load_pipeline()(text).ents}


def test_a_one_word_name_then_of_the_and_a_capitalised_word_is_a_title() -> None:
    found = _ents("Bartholomew of the Marshes and Red Harbour will battle it out.")
    assert found.get("Bartholomew of the Marshes") == "WORK_OF_ART"


def test_a_full_name_of_an_organisation_stays_a_person() -> None:
    found = _ents("Mara Quill of the Daily Harbour said the film was too long.")
    assert found.get("Mara Quill") == "PERSON"


def test_a_listed_title_owned_by_a_name_leaves_the_owner_out() -> None:
    found = _ents("Tobias of the Marshes, Kestrels' Blue Lake and Night Train will battle it out in the DVD category.")
    assert found.get("Blue Lake") == "WORK_OF_ART"
    assert "Kestrels' Blue Lake" not in found
