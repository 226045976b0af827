"""A content whose subject the parser made the cue's object: "denied [the programme] breached the rules".

With no "that", the parser often reads the noun after a cue verb as the verb's object and the rest
as a clause without a subject ("fears [people off the list] [may miss out]"). The content then
starts at the clause's verb and loses what it is about. When the content opens with a finite verb
that has no subject and the cue's object ends just before it, the content starts at the object.
Not for a verb whose object is the one spoken to ("told Ana was ..." keeps Ana as the hearer), nor
for "what" or a reflexive, which do not stand as such a subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.attribution_candidate import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["with_object_subjects"]

#: Dependents that give a clause a subject of its own.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: Dependents of the cue that the parser hangs there while they modify its object.
_OBJECT_MODIFIERS = frozenset({"prep", "neg"})
#: Tags of a verb that heads a finite clause (a bare infinitive or participle is no such clause).
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def with_object_subjects(doc: Doc, candidates: list[Candidate]) -> None:
    """Start each content that lost its subject to the cue's object at that object."""
    for candidate in candidates:
        if candidate.direct or candidate.hearer is not None or not candidate.content:
            continue
        start, end = candidate.content[0]
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not _subjectless_clause(span.root) or span.start != span.root.left_edge.i:
            continue
        target = _object_just_before(candidate.head, span.start)
        if target is not None:
            candidate.content[0] = (target.left_edge.idx, end)


def _subjectless_clause(verb: Token) -> bool:
    finite = verb.tag_ in _FINITE or any(c.dep_ == "aux" and c.tag_ in _FINITE for c in verb.children)
    return verb.pos_ in ("VERB", "AUX") and finite and not any(c.dep_ in _SUBJECTS for c in verb.children)


def _object_just_before(cue: Token, first: int) -> Token | None:
    """The cue's object that ends just before ``first``, or whose modifiers the parser hung on the cue
    fill the gap ("fears [people] [not] [on the register] may miss out")."""
    target = next((c for c in cue.children if c.dep_ == "dobj" and c.i < first), None)
    if target is None or target.tag_ in ("WP", "WDT") or target.lower_.endswith(("self", "selves")):
        return None
    gap = {i for c in cue.children if c.dep_ in _OBJECT_MODIFIERS and c.i > target.i for i in _subtree(c)}
    return target if set(range(target.right_edge.i + 1, first)) <= gap else None


def _subtree(token: Token) -> range:
    return range(token.left_edge.i, token.right_edge.i + 1)
