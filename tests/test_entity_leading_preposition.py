"""A lower-case preposition the NER ran into the start of a name is no word of it ("of Top of the Pops"),
so the name joins the same name written without it (ents23)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _with_title(text: str, title: str, *, preposition: str = "") -> list[tuple[str, list[str]]]:
    """The entities of ``text`` when the NER's titles are each occurrence of ``title``, the first one
    with ``preposition`` before it run in."""
    doc = load_pipeline()(text)
    spans = []
    for number, start in enumerate(i for i in range(len(doc)) if doc[i : i + len(title.split())].text == title):
        first = start - 1 if number == 0 and preposition else start
        spans.append(Span(doc, first, start + len(title.split()), label="WORK_OF_ART"))
    doc.ents = [entity for entity in doc.ents if not any(entity.start < s.end and s.start < entity.end for s in spans)] + spans
    return [(entity.name, [mention.text for mention in entity.mentions]) for entity in find_entities(doc) if entity.type == "WORK"]


def test_the_preposition_is_left_out_of_the_name() -> None:
    text = "Viewers wrote in about the future of Songs of Praise. Songs of Praise returns in May."
    assert _with_title(text, "Songs of Praise", preposition="of") == [("Songs of Praise", ["Songs of Praise", "Songs of Praise"])]
