"""A pronoun in a phrase put before its clause's subject, and the later name that subject is.

"When he won, Joe ...", "Throughout her tour, Mara Quill's voice ...", "After his move, coach Tom Lee
...": news and reference text name the person right after such a phrase far more often than they mean
someone named before it; a name after a reported clause ("... her access, Greer said") is no such case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["fronted_before"]

#: Dependencies of a phrase put before its clause's subject that a cataphoric pronoun may sit in.
_FRONTED = frozenset({"advcl", "prep", "npadvmod", "advmod"})


def fronted_before(head: Token, pronoun: Token) -> bool:
    """Whether ``pronoun`` sits in a phrase fronted before the subject that the name headed by ``head``
    is, stands in apposition to or owns ("After his move, coach Tom Lee ...", "In her book, Ann's ...")."""
    word = head
    while word.dep_ in {"appos", "compound"} and word.head.i != word.i:
        word = word.head
    if word.dep_ == "poss":
        word = word.head
    verb = word.head
    if pronoun.head.i == verb.i:
        phrase: Token | None = pronoun
    else:
        phrase = next((a for a in pronoun.ancestors if a.head.i == verb.i and a.i != verb.i), None)
    return phrase is not None and phrase.dep_ in _FRONTED and phrase.i < word.i
