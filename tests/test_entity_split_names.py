"""Two names the NER joined over "and" or "&" split in two, when the text shows they are two.

The NER joins such names only now and then, so each test sets the joined span itself.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from dateline.nlp import load_pipeline
from dateline.stages.entities.mentions import find_named_mentions

pytestmark = pytest.mark.slow


def _joined(text: str, joined: str, *, others: tuple[str, ...] = ()) -> Doc:
    """``text`` parsed, with ``joined`` (and each of ``others``) as its only entities, tagged ORG."""
    doc = load_pipeline()(text)
    spans = []
    for name in (joined, *others):
        start = text.index(name, spans[-1].end_char if spans else 0)
        span = doc.char_span(start, start + len(name), label="ORG")
        assert span is not None
        spans.append(span)
    doc.ents = [Span(doc, s.start, s.end, label="ORG") for s in spans]
    return doc


def _mentions(doc: Doc) -> list[tuple[str, str]]:
    return [(mention.text, mention.type) for mention in find_named_mentions(doc)]


def test_names_after_a_plural_person_noun_are_two_people() -> None:
    doc = _joined("Her work with rappers Lil Vee & Big Dee won her a nomination.", "Lil Vee & Big Dee")
    assert _mentions(doc) == [("Lil Vee", "PERSON"), ("Big Dee", "PERSON")]


def test_names_each_named_apart_elsewhere_are_split() -> None:
    doc = _joined(
        "Tom Hale sang with Grey Meadow and Velvet Harbour. Grey Meadow formed in 1990. Velvet Harbour split.",
        "Grey Meadow and Velvet Harbour",
        others=("Grey Meadow", "Velvet Harbour"),
    )
    texts = [text for text, _ in _mentions(doc)]
    assert "Grey Meadow and Velvet Harbour" not in texts
    assert texts.count("Grey Meadow") == texts.count("Velvet Harbour") == 2


def test_a_duo_or_title_named_only_whole_stays_whole() -> None:
    doc = _joined("Fans of Salt & Pepper queued for hours.", "Salt & Pepper")
    assert _mentions(doc) == [("Salt & Pepper", "ORG")]


def test_a_span_running_over_a_sentence_end_is_not_split() -> None:
    doc = _joined("Fans cheered the singers Ann and Dec. She left.", "Ann and Dec. She")
    assert ("Ann and Dec. She", "ORG") in _mentions(doc)
