"""The subject of a clause reported by a speech verb: "Joe Hart said he would vote", "Ann Lee sued Joe,
claiming he lied, but said he ...".

A subject pronoun of the clause a speech verb reports is most often that verb's own subject, the
speaker: more often than a person mentioned closer to it, an object in between ("Evans sued Mann,
claiming he had persuaded Ivo to sign, but said he was later dropped": Evans). The speech verb's subject
is its own, or, for a verb coordinated with an earlier one ("sued ... but said"), the first verb's.
Not a question put to someone ("Todd asked Rouhani whether he would ..."): the one asked is meant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token

    from dateline.stages.entities.discourse import Discourse, Ref

__all__ = ["reported_speaker", "speaks_for"]

_SUBJECTS = {"nsubj", "nsubjpass"}
#: Words opening an indirect question, whose subject is more often the one asked than the asker.
_QUESTION_MARKS = {"whether", "if"}


def reported_speaker(pronoun: Token, speech_verbs: Collection[str]) -> Token | None:
    """The subject of the speech verb whose reported clause ``pronoun`` is the subject of, if any."""
    clause = pronoun.head
    if pronoun.dep_ not in _SUBJECTS or clause.dep_ != "ccomp":
        return None
    if any(child.dep_ == "mark" and child.lower_ in _QUESTION_MARKS for child in clause.children):
        return None
    verb = clause.head
    if verb.lemma_ not in speech_verbs or verb.i > pronoun.i:
        return None  # '"He was late," Joe said': the quoted clause comes first; left to the quote features
    while True:
        subject = next((child for child in verb.children if child.dep_ in _SUBJECTS), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subject
        verb = verb.head


def speaks_for(discourse: Discourse, ref: Ref, speaker: Token | None) -> bool:
    """Whether mention ``ref`` is ``speaker``, the subject of the speech verb reporting the pronoun's clause."""
    return speaker is not None and ref.start <= speaker.i < ref.end and discourse.quote_of[speaker.i] < 0
