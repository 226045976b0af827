"""The main-clause subject a main-clause subject pronoun, or its possessor, goes on about.

"Orla Penn joined the firm in 1990. One of her colleagues there was Ted Marsh. At its head office, she
was put in charge of sales": a narrative keeps its topic in the subject of its main clauses, so a
pronoun that is its sentence's main subject, or owns it ("Her victory ..."), most often continues the
last person who was one (the "continue" transition of centering theory), not a name in a clause
inside an earlier sentence ("Ann Lee suggests that Joe Hart reigned. She argues ..."). Quotations are
left out: a "he" inside one may be anyone, and a name inside one is no topic of the narrative around
it. Nor does a main subject count whose verb has an object that does an infinitive ("Tom Vale
summoned Carl Dunne to run the depot. He ..."): that object is the subject of the clause the sentence
ends on (pronoun_control.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dateline.stages.entities.discourse import Discourse, Ref
from dateline.stages.entities.pronoun_control import controls_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["continued_subject"]

_SUBJECTS = {"nsubj", "nsubjpass"}


def continued_subject(discourse: Discourse, pronoun: Token, subjects: Sequence[tuple[Ref, Token]]) -> Ref | None:
    """Of ``subjects`` (people's mentions that are subjects, in text order, each with the word that bears
    its role), the last one that is the subject of an earlier sentence's main verb, outside quotations,
    when ``pronoun`` is itself the subject of its sentence's main verb, or its possessor, outside
    quotations."""
    word = pronoun.head if pronoun.dep_ == "poss" else pronoun
    if word.dep_ not in _SUBJECTS or word.head.dep_ != "ROOT" or discourse.quote_of[pronoun.i] >= 0:
        return None
    sentence = discourse.sentence_of[pronoun.i]
    mains = [(ref, bearer) for ref, bearer in subjects
             if discourse.sentence_of[ref.start] < sentence and bearer.head.dep_ == "ROOT"]
    if not mains:
        return None
    last, bearer = mains[-1]
    if discourse.quote_of[last.start] >= 0 or any(controls_infinitive(child) for child in bearer.head.children):
        return None
    return last
