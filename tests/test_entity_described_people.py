"""A name the NER typed an organisation or a place with a person noun in apposition is a person's, and so is
the same name written again ("Mirelli, director of the opera house"; ents23)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _typed(text: str, word: str, label: str) -> list[tuple[str, str, int]]:
    """The entities of ``text`` when the NER typed every occurrence of the one-token ``word`` ``label``."""
    doc = load_pipeline()(text)
    spans = [Span(doc, token.i, token.i + 1, label=label) for token in doc if token.text == word]
    doc.ents = [entity for entity in doc.ents if not any(entity.start < s.end and s.start < entity.end for s in spans)] + spans
    return [(entity.name, entity.type, len(entity.mentions)) for entity in find_entities(doc) if entity.name == word]


def test_a_director_typed_an_organisation_is_a_person() -> None:
    text = "Mirelli, director of the opera house since 2001, has died. Mirelli's last concert was in May."
    assert _typed(text, "Mirelli", "ORG") == [("Mirelli", "PERSON", 2)]


def test_a_man_typed_a_place_is_a_person() -> None:
    text = "The mine was sold to Dravin, the country's richest man, in June."
    assert _typed(text, "Dravin", "GPE") == [("Dravin", "PERSON", 1)]


def test_a_company_with_an_owner_noun_stays_a_company() -> None:
    text = "The mine was sold to Dravin, the country's largest steel maker, in June."
    assert _typed(text, "Dravin", "ORG") == [("Dravin", "ORG", 1)]


def test_a_student_typed_an_organisation_is_a_person() -> None:
    text = "Velstra, a student from Leeds, spoke first. Velstra will vote in May."
    assert _typed(text, "Velstra", "ORG") == [("Velstra", "PERSON", 2)]
