"""A SpanRuler that adds the names listed in ``entity_patterns.yaml`` to ``doc.ents``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from spacy.pipeline import SpanRuler
from spacy.util import filter_spans

from dateline.lexicons import load_lexicon

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

__all__ = ["EntityPattern", "EntityPatterns", "keep_containing_ents_filter", "make_entity_ruler"]


class EntityPattern(BaseModel):
    """One pattern: a spaCy label and a phrase or a list of token specs."""

    label: str
    pattern: str | list[dict[str, Any]]
    id: str | None = None


class EntityPatterns(BaseModel):
    """``entity_patterns.yaml``."""

    patterns: list[EntityPattern]


def make_entity_ruler(nlp: Language, name: str, *, patterns_file: str = "entity_patterns.yaml") -> SpanRuler:
    """A SpanRuler writing to ``doc.ents`` whose matches win over overlapping NER entities.

    Args:
        nlp (Language): the pipeline the ruler belongs to.
        name (str): the component's name.
        patterns_file (str): data file with the patterns, read with :func:`dateline.lexicons.load_lexicon`.
    """
    ruler = SpanRuler(
        nlp,
        name,
        spans_key=None,
        annotate_ents=True,
        ents_filter=keep_containing_ents_filter,
        overwrite=False,
        validate=True,
        phrase_matcher_attr="ORTH",
    )
    patterns = load_lexicon(patterns_file, EntityPatterns).patterns
    # Phrases are matched by their words' texts, so tokenising them is all they need: the ruler would
    # otherwise run them through the pipeline's components. (As token patterns of ORTH values they
    # cost spaCy's Matcher 2 ms per news article; the PhraseMatcher looks them up in 0.02.)
    with nlp.select_pipes(disable=nlp.pipe_names):
        ruler.add_patterns([pattern.model_dump(exclude_none=True) for pattern in patterns])
    return ruler


def keep_containing_ents_filter(entities: Iterable[Span], spans: Iterable[Span]) -> list[Span]:
    """Pattern matches win over the NER's entities, except over a longer one of the same label that
    contains them ("BBC One" stays whole; "Hollywood" GPE gives way to "Hollywood Reporter" ORG)."""
    entities = list(entities)
    kept = [span for span in spans if not any(_longer_same_label(ent, span) for ent in entities)]
    taken = {i for span in kept for i in range(span.start, span.end)}
    untouched = [ent for ent in entities if not any(i in taken for i in range(ent.start, ent.end))]
    return filter_spans(kept) + untouched


def _longer_same_label(ent: Span, span: Span) -> bool:
    inside = ent.start <= span.start and span.end <= ent.end
    return ent.label == span.label and inside and len(ent) > len(span)
