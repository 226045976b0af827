"""The subject of the clause a pronoun's clause is coordinated with.

"Narayanan decides to help Ajay and he visits the house": a subject pronoun of the second of two
clauses joined by "and"/"but" goes on about the first clause's subject far more often than about a
name in its object (grammatical parallelism across the coordination).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["subject_of_first_conjunct"]

_SUBJECTS = {"nsubj", "nsubjpass"}


def subject_of_first_conjunct(word: Token, pronoun: Token) -> bool:
    """Whether ``word`` is the subject of the clause that subject ``pronoun``'s clause is coordinated with."""
    verb = pronoun.head
    if pronoun.dep_ not in _SUBJECTS or verb.dep_ != "conj":
        return False
    return word.dep_ in _SUBJECTS and word.head.i == verb.head.i
