"""How a fact is asserted: the factuality of its clause.

The polarity and certainty come from the attribution stage's factuality function
(:func:`dateline.stages.factuality.assess`), given the attribution the clause is reported in (found
with :func:`dateline.stages.attribution.attribution_at`) so that the cue's commitment ("denied",
"speculated") is folded in; a trigger's own hedge ("tipped") can only lower the certainty further.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dateline.model import Attribution, Certainty, Factuality
from dateline.stages.factuality import assess, lower

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.stages.quotes import Quotation

__all__ = ["asserting", "factuality_of", "predicated", "presupposed"]

#: Relations of a description that its clause predicates ("is his wife", "became British", "named him director").
_PREDICATED = frozenset({"attr", "acomp", "oprd"})


def asserting(
    head: Token, *, attribution: Attribution | None, description: bool, quotations: list[Quotation]
) -> Attribution | None:
    """Who asserts the fact a trigger states: the attribution it is reported in, or the author (None).

    A description inside a noun phrase ("his wife", "drummer X", "Australian star Y") in reported speech
    outside quotation marks is the reporter's wording, not the source's claim ("She said her husband, the
    director X, would ..."), so the author asserts it; inside a quotation it is the speaker's own, and so is
    a description the reported clause predicates ("she said he was her husband").
    """
    if attribution is None or not description or predicated(head):
        return attribution
    start, end = head.idx, head.idx + len(head.text)
    return attribution if any(quotation.covers(start, end) for quotation in quotations) else None


def predicated(head: Token) -> bool:
    """Whether ``head`` is a description its clause predicates ("is his wife", "became British", "named him
    director"), not one inside a noun phrase ("his wife")."""
    return head.dep_ in _PREDICATED


def presupposed(
    head: Token, *, words: frozenset[str], past_words: frozenset[str] = frozenset(), nouns: frozenset[str] = frozenset()
) -> bool:
    """Whether ``head`` is in a phrase taken as true whatever its clause says ("despite four nominations"), in
    a past clause one of ``past_words`` opens ("when a blockbuster was nominated"), or in the clause of one of
    ``nouns`` ("the fact that he was born in X")."""
    node = head
    while node.head.i != node.i and node.dep_ not in ("ROOT", "ccomp", "xcomp"):
        if node.dep_ == "acl" and node.head.pos_ == "NOUN" and node.head.lemma_.lower() in nouns:
            return True
        if node.dep_ in ("prep", "mark", "advcl", "pcomp") and node.lower_ in words:
            return True
        marks = [child for child in node.children if child.dep_ == "mark"]
        if node.dep_ == "advcl" and any(mark.lower_ in words for mark in marks):
            return True
        if node.dep_ == "advcl" and _in_past(node) and _opened_by(node, past_words):
            return True
        node = node.head
    return False


def _opened_by(clause: Token, words: frozenset[str]) -> bool:
    """Whether one of ``words`` opens ``clause``, as a subordinator or as the adverb spaCy makes of "when"."""
    return any(c.dep_ in ("mark", "advmod") and c.i < clause.i and c.lower_ in words for c in clause.children)


def _in_past(verb: Token) -> bool:
    """Whether a clause's verb is in the simple past, by itself or its auxiliary ("was nominated"), with no modal."""
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(child.tag_ == "MD" for child in auxiliaries):
        return False
    return verb.tag_ == "VBD" or any(child.tag_ == "VBD" for child in auxiliaries)


def factuality_of(
    head: Token,
    *,
    attribution: Attribution | None,
    certainty: Certainty,
    local: bool = False,
    attributions: Sequence[Attribution] = (),
) -> Factuality:
    """The factuality of the clause headed by ``head``, no more certain than ``certainty``.

    With ``local``, only ``head``'s own modifiers count, not the clause it sits in (for descriptions
    inside a noun phrase and presupposed phrases). A clause reported inside a nested attribution is no
    more certain than the attributions around it (``attributions``, found by ``parent``): in "he would
    not say that he believes X", X is his belief only as a possibility.
    """
    factuality = assess(head, attribution=None if local else attribution)
    if local:
        factuality = _own_cues(factuality, head)
    factuality.certainty = lower(factuality.certainty, certainty)
    if not local and attribution is not None:
        for enclosing in _enclosing(attribution, attributions):
            lowered = lower(factuality.certainty, _ceiling(enclosing.factuality))
            if lowered != factuality.certainty:
                factuality.certainty = lowered
                factuality.cues = [*factuality.cues, *enclosing.factuality.cues]
    return factuality


def _enclosing(attribution: Attribution, attributions: Sequence[Attribution]) -> list[Attribution]:
    """The attributions ``attribution`` is nested in, innermost first."""
    by_id = {a.id: a for a in attributions}
    found: list[Attribution] = []
    parent = by_id.get(attribution.parent) if attribution.parent else None
    while parent is not None and parent not in found:
        found.append(parent)
        parent = by_id.get(parent.parent) if parent.parent else None
    return found


def _ceiling(enclosing: Factuality) -> Certainty:
    """How certain a statement reported inside another can be: as certain as the outer one, and only
    possible when the outer one is denied ("denied that she believes X" leaves X open)."""
    return enclosing.certainty if enclosing.polarity == "positive" else "possible"


def _own_cues(factuality: Factuality, head: Token) -> Factuality:
    """Keep a reading only if all its cues are the head's own modifiers, or the verb that takes it as its
    object ("because she cancelled her tour": the cancelling is in the presupposed clause too)."""
    words = [*head.children, head.head] if head.dep_ in ("dobj", "nsubjpass") else list(head.children)
    own = {(word.idx, word.idx + len(word.text)) for word in words}
    if all((cue.start, cue.end) in own for cue in factuality.cues):
        return factuality
    return Factuality()
