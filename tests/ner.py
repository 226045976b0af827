"""Parsing a sentence with the NER's entities set by hand, for tests of the entities stage's rules."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.nlp import load_pipeline


def with_entities(text: str, *entities: tuple[str, str] | tuple[str, str, int]) -> Doc:
    """``text`` parsed, with ``entities`` and nothing else as the NER's: (name, label) or (name, label,
    occurrence), the occurrence counting from 0 among the places ``name`` appears."""
    doc = load_pipeline()(text)
    spans = []
    for name, label, *nth in entities:
        start = -1
        for _ in range((nth[0] if nth else 0) + 1):
            start = doc.text.index(name, start + 1)
        span = doc.char_span(start, start + len(name))
        assert span is not None, f"{name!r} does not fall on token boundaries"
        spans.append(Span(doc, span.start, span.end, label=label))
    doc.ents = spans
    return doc
