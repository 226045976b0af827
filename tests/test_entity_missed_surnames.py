"""A surname the NER left out of a name ("Guitarist Colin" + "May") is joined to it and found again alone."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _with_person(text: str, words: str) -> Doc:
    """``text`` parsed, with ``words`` (and nothing else) as the NER's only person."""
    doc = load_pipeline()(text)
    start = doc.text.index(words)
    span = doc.char_span(start, start + len(words))
    assert span is not None
    doc.ents = [Span(doc, span.start, span.end, label="PERSON")]
    return doc


def test_a_surname_after_a_given_name_is_part_of_the_name() -> None:
    doc = _with_person("Drummer Colin May says the new record is louder. May recorded it in a barn.", "Drummer Colin")
    person = next(e for e in find_entities(doc) if e.type == "PERSON")
    assert person.name == "Colin May"
    assert [m.text for m in person.mentions if m.kind == "name"] == ["Colin May", "May"]


def test_a_name_not_ending_with_a_given_name_is_left_alone() -> None:
    doc = _with_person("Drummer Pell Harbour spoke to Radio Kent on Friday.", "Drummer Pell")
    assert [e.name for e in find_entities(doc) if e.type == "PERSON"] == ["Pell"]


def test_a_capitalised_word_starting_the_next_sentence_is_no_surname() -> None:
    doc = _with_person("The prize went to Colin. May was a good month for him.", "Colin")
    assert [e.name for e in find_entities(doc) if e.type == "PERSON"] == ["Colin"]
