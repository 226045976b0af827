"""A name a work noun describes in apposition ("Gallowglass, an adaptation of ...") is a work."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _with_entity(text: str, name: str, label: str) -> Doc:
    """``text`` parsed, with ``name`` (and nothing else) as the NER's entity of ``label``."""
    doc = load_pipeline()(text)
    start = doc.text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    doc.ents = [Span(doc, span.start, span.end, label=label)]
    return doc


def _type_of(doc: Doc, name: str) -> str:
    return next(e.type for e in find_entities(doc) if e.name == name)


def test_a_name_followed_by_a_work_noun_in_apposition_is_a_work() -> None:
    doc = _with_entity("The winter schedule includes Gallowglass, an adaptation of a thriller, on Sunday.",
                       "Gallowglass", "ORG")
    assert _type_of(doc, "Gallowglass") == "WORK"


def test_a_name_after_a_work_noun_and_a_comma_is_a_work() -> None:
    doc = _with_entity("Critics liked her second film, Paper Tigers, more than the first.", "Paper Tigers", "PERSON")
    assert _type_of(doc, "Paper Tigers") == "WORK"


def test_a_bare_noun_hung_on_a_name_says_nothing() -> None:
    doc = _with_entity("The cartoon was voiced by Dorrin Vale, superb children's programme.", "Dorrin Vale", "PERSON")
    assert _type_of(doc, "Dorrin Vale") == "PERSON"


def test_a_name_with_a_given_name_stays_a_person() -> None:
    doc = _with_entity("The cartoon was voiced by Robert Vale, a much-loved show.", "Robert Vale", "PERSON")
    assert _type_of(doc, "Robert Vale") == "PERSON"


def test_a_name_said_to_be_a_work_is_a_work() -> None:
    doc = _with_entity("Gallowglass has become the first soap to win the prize.", "Gallowglass", "GPE")
    assert _type_of(doc, "Gallowglass") == "WORK"


def test_an_event_said_to_be_a_show_stays_an_event() -> None:
    doc = _with_entity("The Harbour Games was the most watched show of the year.", "The Harbour Games", "EVENT")
    assert _type_of(doc, "The Harbour Games") == "EVENT"
