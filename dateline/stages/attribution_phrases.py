"""Attributions that do not hang on a cue verb: "according to X" and crowd speculation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.attribution_candidate import Candidate, source_span
from dateline.stages.attribution_rules import AttributionLexicon
from dateline.stages.quotes import Quotation
from dateline.stages.spans import (
    CharSpan,
    Layout,
    chars,
    quotation_at,
    runs,
    subtree_chars,
    trimmed,
    with_quote_marks,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["according_candidates", "crowd_candidates"]


def _phrase_candidate(
    doc: Doc, first: Token, last: Token, source: Token, quotations: list[Quotation], layout: Layout
) -> Candidate | None:
    """The candidate of a phrase ``first`` .. ``last`` (the preposition of ``source``) qualifying its sentence."""
    phrase_tokens = {t.i for t in first.subtree} | {t.i for t in source.subtree} | set(range(first.i, last.i + 1))
    content = _sentence_without(doc, layout.of(first), phrase_tokens, quotations)
    if not content:
        return None
    quotation = quotation_at(quotations, first.head)
    direct = quotation is not None and not quotation.covers(first.idx, first.idx + 1)
    return Candidate(
        cue=chars(first, last),
        head=first,
        content=list(quotation.pieces) if quotation is not None and direct else content,
        source=source_span(doc, source),
        source_head=source,
        # "according to Us Weekly": the source is also the outlet it was reported by.
        hearer=subtree_chars(doc, source) if source.pos_ == "PROPN" else None,
        direct=direct,
    )


def according_candidates(
    doc: Doc, lexicon: AttributionLexicon, quotations: list[Quotation], layout: Layout
) -> list[Candidate]:
    """"According to X", "as reported by X": X is the source of the sentence around the phrase."""
    found: list[Candidate] = []
    lowers = layout.lowers
    for phrase in lexicon.according_to:
        size = len(phrase)
        for i, lower in enumerate(lowers):
            if lower != phrase[0] or lowers[i : i + size] != phrase:
                continue
            preposition = doc[i + size - 1]
            source = next((c for c in preposition.children if c.dep_ == "pobj"), None)
            candidate = _phrase_candidate(doc, doc[i], preposition, source, quotations, layout) if source else None
            if candidate is not None:
                found.append(candidate)
    return found


def _sentence_without(
    doc: Doc, sentence: SpacySpan, phrase: set[int], quotations: list[Quotation]
) -> list[CharSpan]:
    """The sentence an "according to" phrase qualifies, around the phrase (one or two pieces)."""
    rest = [t.i for t in sentence if t.i not in phrase]
    pieces: list[CharSpan] = []
    for run in runs(rest):
        bounds = trimmed(doc, run[0], run[-1] + 1)
        if bounds is not None and any(not t.is_punct for t in doc[bounds[0] : bounds[1]]):
            start, end = chars(doc[bounds[0]], doc[bounds[1] - 1])
            pieces.append(with_quote_marks(start, end, quotations))
    return pieces


def crowd_candidates(doc: Doc, lexicon: AttributionLexicon, layout: Layout) -> list[Candidate]:
    lemmas = layout.lemmas
    starts: dict[str, list[int]] = {}
    for i, lemma in enumerate(lemmas):
        starts.setdefault(lemma, []).append(i)
    found: list[Candidate] = []
    taken: set[int] = set()
    for pattern in sorted(lexicon.crowd, key=lambda p: -len(p.lemmas)):
        size = len(pattern.lemmas)
        for i in starts.get(pattern.lemmas[0], []):
            if lemmas[i : i + size] != pattern.lemmas or taken.intersection(range(i, i + size)):
                continue
            taken.update(range(i, i + size))
            crowd = doc[i + pattern.source]
            first = max(crowd.left_edge.i, i)
            content = _crowd_content(doc, doc[i : i + size])
            found.append(
                Candidate(
                    cue=chars(doc[i], doc[i + size - 1]),
                    head=doc[i],
                    content=[content] if content else [],
                    source=chars(doc[first], crowd),
                    source_head=crowd,
                    commitment="speculated",
                    crowd=True,
                )
            )
    return found


def _crowd_content(doc: Doc, match: SpacySpan) -> CharSpan | None:
    """What the crowd speculates about, when the text says it: "rumours that ...", "rumours of ..."."""
    for token in match:
        for child in token.children:
            if child.i in range(match.start, match.end):
                continue
            if child.dep_ in ("acl", "ccomp") or (child.dep_ == "prep" and child.lower_ in ("of", "about")):
                return subtree_chars(doc, child)
    return None
