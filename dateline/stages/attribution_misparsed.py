"""A source the parser made a clause before its cue: "[Fans waiting outside] say [the show was late]".

The parser sometimes takes a subject with a participle after it ("fans waiting outside") or a
subject and verb before a second verb ("Ana thanked the crew, then says ...") for a complement
clause of the cue verb that comes before it, and leaves the cue without a subject. The stage then
reads that clause as a content preceding its cue ("..., he said") with no source, and the real
content, the complement after the cue, is lost. When the cue has such a clause before it and a
complement clause after it, the clause after is the content and the subject before is the source
(with its participle when the clause is one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.attribution_candidate import Candidate, source_span
from dateline.stages.quotes import Quotation
from dateline.stages.spans import chars, subtree_chars, trimmed

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["with_misparsed_subjects"]

_SUBJECTS = ("nsubj", "nsubjpass")


def _clauses(verb: Token) -> tuple[Token, Token] | None:
    """The complement clause before ``verb`` and the one after it, when ``verb`` has no subject."""
    if any(child.dep_ in (*_SUBJECTS, "csubj", "expl") for child in verb.children):
        return None
    before = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    after = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    return (before, after) if before is not None and after is not None else None


def _source(doc: Doc, clause: Token) -> tuple[tuple[int, int], Token] | None:
    """The source hidden in ``clause``: its subject, with the participle that follows it ("fans
    [waiting outside]") when the clause is a bare participle."""
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS and c.i < clause.i), None)
    if subject is None:
        return None
    bare = clause.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    if not bare:
        span = source_span(doc, subject)
        return (span, subject) if span is not None else None
    bounds = trimmed(doc, subject.left_edge.i, clause.right_edge.i + 1)
    return ((chars(doc[bounds[0]], doc[bounds[1] - 1])), subject) if bounds is not None else None


def with_misparsed_subjects(doc: Doc, candidates: list[Candidate], *, quotations: list[Quotation]) -> None:
    """Give a subjectless cue read with the clause before it the clause after it as content and
    the subject before it as source (see the module docstring)."""
    for candidate in candidates:
        if candidate.source is not None or candidate.direct or not candidate.content:
            continue
        clauses = _clauses(candidate.head)
        if clauses is None or candidate.content[-1][1] > candidate.cue[0]:
            continue
        before, after = clauses
        if any(q.start < candidate.cue[0] and before.left_edge.idx < q.end for q in quotations):
            continue  # '"...," Ana Reyes, smiling, said ...': the quotation is the content
        source = _source(doc, before)
        content = subtree_chars(doc, after, quotations=quotations)
        if source is None or content is None or source[0][1] > candidate.cue[0]:
            continue
        candidate.content, candidate.mixed = [content], any(content[0] <= q.start and q.end <= content[1] for q in quotations)
        candidate.source, candidate.source_head = source
        candidate.content_head = after
