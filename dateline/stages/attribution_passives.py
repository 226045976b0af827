"""Reputations in the passive: "[Ana] is best known for [her stand on trade]", "[the plan] is seen
as [a gamble]".

PolNeAR counts what a subject is known for, or seen as, as an attribution with no source in the
text (the public holds the view); its content is the subject and what it is taken for, two pieces
around the cue, as for a raising passive ("[the tour] is expected [to start]").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.attribution_candidate import Candidate, linked_cue
from dateline.stages.attribution_rules import AttributionLexicon
from dateline.stages.quotes import Quotation
from dateline.stages.spans import CharSpan, Layout, overlaps, subtree_chars

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["reputation_candidates"]

#: Subjects that hold no content of their own ("it is seen as ...", "there is known ...").
_EXPLETIVES = frozenset({"it", "there"})


def _parts(verb: Token, markers: frozenset[str]) -> tuple[Token, Token, Token] | None:
    """The subject, the preposition and its object of a finite passive without agent: "[Ana] is
    known [for] [her wit]". A participle modifying a noun ("a group known as ...") mostly names, and
    is left out."""
    if any(child.dep_ == "agent" for child in verb.children):
        return None  # "seen as a threat by voters": the voters hold the view, and the cue is theirs
    subject = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    preposition = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in markers), None)
    if subject is None or preposition is None or subject.lower_ in _EXPLETIVES:
        return None
    target = next(preposition.rights, None)
    if target is None or any(c.dep_ == "prep" and c.lower_ == "by" for c in target.children):
        return None  # the parser hangs the agent on the object: "seen as [a gamble] by voters"
    return subject, preposition, target


def reputation_candidates(
    doc: Doc, lexicon: AttributionLexicon, quotations: list[Quotation], *, layout: Layout, sources: list[CharSpan]
) -> list[Candidate]:
    """A passive of ``reputation_passives`` with its subject and the object of one of its prepositions:
    no source, the cue runs to the preposition ("is best known for"), the content is the subject and
    the object. Not inside one of ``sources`` (the other candidates'): "[Ana, who is seen as a
    favourite,] said ..." describes the speaker, and PolNeAR keeps the clause in her source."""
    found: list[Candidate] = []
    for index, lemma in enumerate(layout.lemmas):
        markers = lexicon.reputation_passives.get(lemma)
        if not markers or doc[index].tag_ != "VBN":
            continue
        verb = doc[index]
        parts = _parts(verb, markers)
        if parts is None or any(overlaps((verb.idx, verb.idx + len(verb)), s) for s in sources):
            continue
        subject, preposition, target = parts
        held = subtree_chars(doc, subject, quotations=quotations)
        taken_for = subtree_chars(doc, target, quotations=quotations)
        if held is None or taken_for is None:
            continue
        cue = linked_cue(verb, preposition, lexicon=lexicon)
        found.append(Candidate(cue=cue, head=verb, content=[held, taken_for], commitment=None))
    return found
