"""Stances told by a copula and an adjective: "[Ana] is confident [that the tour will go on]",
"[the senator] was hostile to [the plan]".

PolNeAR counts a judgement, belief or feeling of a named holder about a content as an attribution;
the cue model learned few of them (each adjective is rare). An adjective of ``stance_adjectives``
after a copula with a subject of its own, whose clause or preposition is one of its markers, is
built as the cue model builds an adjective option: the cue runs from the copula to the preposition
("were critical of"), the source is the copula's subject. Like a learned cue, it has no commitment
class: a stance is no statement, and it cuts no other content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.attribution_candidate import Candidate, subject_of
from dateline.stages.attribution_learned import option_candidate
from dateline.stages.attribution_rules import AttributionLexicon
from dateline.stages.quotes import Quotation
from dateline.stages.spans import CharSpan, Layout, overlaps

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["stance_candidates"]

#: Subjects that hold no stance: "it is clear that ...", "there is ...".
_EXPLETIVES = frozenset({"it", "there", "this", "that"})


def _option(adjective: Token, markers: frozenset[str]) -> tuple[str, Token] | None:
    """The relation and head of the adjective's content: a clause opened by one of ``markers``
    ("that" also stands for a clause with no conjunction), or the object of one of them."""
    for child in adjective.rights:
        if child.dep_ == "ccomp":
            mark = next((c.lower_ for c in child.children if c.dep_ == "mark"), "that")
            return ("ccomp", child) if mark in markers else None
        if child.dep_ == "prep" and child.lower_ in markers:
            target = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            return (f"prep:{child.lower_}", target) if target is not None else None
    return None


def _holder(adjective: Token, copulas: frozenset[str]) -> Token | None:
    """The subject of the adjective's copula, when it can hold a stance (not "to make sure")."""
    if adjective.dep_ != "acomp" or adjective.head.lemma_.lower() not in copulas:
        return None
    subject = subject_of(adjective.head)
    return None if subject is None or subject.lower_ in _EXPLETIVES else subject


def stance_candidates(
    doc: Doc,
    lexicon: AttributionLexicon,
    quotations: list[Quotation],
    *,
    layout: Layout,
    cues: list[CharSpan],
    sources: list[CharSpan],
) -> list[Candidate]:
    """The stance adjectives of ``doc`` with a holder and a content; not one already inside ``cues``
    (the other candidates'), nor inside ``sources``: "[Ana, who has been critical of Rui,] said ..."
    describes the speaker, and PolNeAR keeps the clause in her source."""
    found: list[Candidate] = []
    for index, (pos, lemma) in enumerate(zip(layout.pos, layout.lemmas, strict=True)):
        markers = lexicon.stance_adjectives.get(lemma) if pos == "ADJ" else None
        if not markers:
            continue
        adjective = doc[index]
        held = _holder(adjective, lexicon.stance_copulas) is not None
        option = _option(adjective, markers) if held else None
        word = (adjective.idx, adjective.idx + len(adjective))
        if option is None or any(overlaps(word, span) for span in (*cues, *sources)):
            continue
        relation, head = option
        candidate = option_candidate(doc, adjective, relation, head, quotations, lexicon=lexicon, text=layout.text)
        if candidate is not None and candidate.source is not None:
            found.append(candidate)
    return found
