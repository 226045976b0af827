"""Attributions that do not hang on a cue verb: "according to X", "in a poll, ...", crowd speculation."""

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

__all__ = ["according_candidates", "crowd_candidates", "poll_candidates"]


def _phrase_candidate(
    doc: Doc,
    first: Token,
    last: Token,
    source: Token,
    quotations: list[Quotation],
    layout: Layout,
    *,
    content_from: int | None = None,
) -> Candidate | None:
    """The candidate of a phrase ``first`` .. ``last`` (the preposition of ``source``) qualifying its
    sentence; with ``content_from``, the content starts at that token."""
    phrase_tokens = {t.i for t in first.subtree} | {t.i for t in source.subtree} | set(range(first.i, last.i + 1))
    if content_from is not None:
        phrase_tokens |= set(range(first.i, content_from))
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


def _phrase_cue(phrase: SpacySpan, *, excluded: frozenset[str]) -> CharSpan:
    """The cue of an "according to" phrase, less the words at its ends that PolNeAR leaves out
    ("as [first reported] by", ``phrase_cue_excluded``)."""
    first, last = phrase[0], phrase[-1]
    if first.lower_ in excluded and first.i < last.i:
        first = phrase.doc[first.i + 1]
    if last.lower_ in excluded and first.i < last.i:
        last = phrase.doc[last.i - 1]
    return chars(first, last)


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
                candidate.cue = _phrase_cue(doc[i : i + size], excluded=lexicon.phrase_cue_excluded)
                found.append(candidate)
    return found


def poll_candidates(
    doc: Doc, lexicon: AttributionLexicon, quotations: list[Quotation], layout: Layout
) -> list[Candidate]:
    """"In a new poll, [Ana leads by six points]": a poll opening its sentence is the source of the rest.

    Only a phrase that opens the sentence and modifies its main verb: "leads in the polls" after
    the verb is a gold cue in under a third of its uses on PolNeAR train, the fronted one in most.
    """
    found: list[Candidate] = []
    for sentence in layout.spans:
        first = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
        if first is None or first.lower_ != "in" or first.dep_ != "prep" or first.head.dep_ != "ROOT":
            continue
        source = next((c for c in first.children if c.dep_ == "pobj"), None)
        subject = next((c for c in first.head.children if c.dep_ == "nsubj" and c.i > first.i), None)
        if source is None or subject is None or source.lemma_.lower() not in lexicon.poll_heads:
            continue
        if _pollster_speaks(subject, lexicon):
            continue
        # The content is the main clause from its subject: "In a poll last month, [Ana led]".
        candidate = _phrase_candidate(doc, first, first, source, quotations, layout, content_from=subject.left_edge.i)
        if candidate is not None:
            found.append(candidate)
    return found


def _pollster_speaks(subject: Token, lexicon: AttributionLexicon) -> bool:
    """"In a poll, [Gallup] found that ...": a cue verb whose subject is no count of respondents
    ("[38 percent] said") is the attribution PolNeAR takes."""
    verb = subject.head
    if verb.lemma_.lower() not in lexicon.cue_verbs:
        return False
    return not any(t.like_num for t in subject.subtree)


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
