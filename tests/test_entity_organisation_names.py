"""A name the NER typed PERSON that ends with a company word ("Stan Lee Media") is an organisation."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities
from tests.ner import with_entities

pytestmark = pytest.mark.slow


def _with_people(text: str, *names: str) -> Doc:
    """``text`` parsed, with ``names`` (and nothing else) as the NER's people."""
    doc = load_pipeline()(text)
    spans = []
    for name in names:
        start = doc.text.index(name)
        span = doc.char_span(start, start + len(name))
        assert span is not None
        spans.append(Span(doc, span.start, span.end, label="PERSON"))
    doc.ents = spans
    return doc


def test_a_company_named_after_its_founder_is_no_person() -> None:
    doc = _with_people("Tessa Marlow founded Tessa Marlow Pictures in 1999.", "Tessa Marlow", "Tessa Marlow Pictures")
    types = {e.name: e.type for e in find_entities(doc)}
    assert types == {"Tessa Marlow": "PERSON", "Tessa Marlow Pictures": "ORG"}


def test_a_surname_that_is_no_company_word_stays_a_person() -> None:
    doc = _with_people("The actress Tessa Press won the award.", "Tessa Press")
    assert [(e.name, e.type) for e in find_entities(doc)] == [("Tessa Press", "PERSON")]


def test_a_company_the_ner_typed_org_stays_one_though_it_opens_with_a_given_name() -> None:
    doc = with_entities("Anna Marlow Films bought the script in May.", ("Anna Marlow Films", "ORG"))
    assert [(e.name, e.type) for e in find_entities(doc)] == [("Anna Marlow Films", "ORG")]


def test_a_club_the_ner_typed_a_place_is_an_organisation() -> None:
    doc = with_entities("Harwick United beat Merland on Saturday.", ("Harwick United", "GPE"), ("Merland", "GPE"))
    assert [(e.name, e.type) for e in find_entities(doc)] == [("Harwick United", "ORG"), ("Merland", "GPE")]


def test_a_city_stays_a_place() -> None:
    doc = with_entities("The band moved to Harwick City in May.", ("Harwick City", "GPE"))
    assert [(e.name, e.type) for e in find_entities(doc)] == [("Harwick City", "GPE")]
