"""Two names the NER joined over "featuring" are two names ("The Vales featuring Orrin Vask")."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def test_an_act_featuring_another_is_two_names() -> None:
    doc = load_pipeline()("The crowd cheered performances from The Vales featuring Marrow Kings on Friday.")
    start = doc.text.index("The Vales")
    span = doc.char_span(start, start + len("The Vales featuring Marrow Kings"))
    assert span is not None
    doc.ents = [Span(doc, span.start, span.end, label="ORG")]
    assert [(e.name, e.type) for e in find_entities(doc)] == [("The Vales", "ORG"), ("Marrow Kings", "ORG")]
