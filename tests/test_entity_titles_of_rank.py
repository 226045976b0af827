"""Titles of rank and of the church ("Baroness", "Archbishop", "the Bishop") are honorifics: they are no part
of the person's name, and a lone title the NER typed ORG may still be a person."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities
from tests.ner import with_entities

pytestmark = pytest.mark.slow


def test_a_title_of_rank_is_no_part_of_the_name() -> None:
    doc = load_pipeline()("Baroness Mira Holt opened the new hall on Monday. Holt said she was proud of it.")
    people = {e.name: [m.text for m in e.mentions] for e in find_entities(doc) if e.type == "PERSON"}
    assert people == {"Mira Holt": ["Baroness Mira Holt", "Holt", "she"]}


def test_the_bishop_typed_as_an_organisation_takes_his_pronoun() -> None:
    doc = with_entities(
        "The Bishop spoke at the abbey on Sunday. Later he said the evidence was good.",
        ("Bishop", "ORG"),
    )
    entities = {e.name: (e.type, [m.text for m in e.mentions if m.kind == "pronoun"]) for e in find_entities(doc)}
    assert entities == {"Bishop": ("PERSON", ["he"])}
