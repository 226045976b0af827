"""A subject the parser read into the phrase before its verb.

"In a post for TV Guide actress Ann Lee called it funny", "As part of London fashion Ann Lee took
part": with no comma after a fronted phrase, the parser often reads the clause's subject as the last
noun of that phrase and leaves the verb without one. A name that ends such a phrase right before a
finite verb that has no subject is that verb's subject, and so a likely antecedent of a later subject
pronoun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["swallowed_subject"]

_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
#: Phrase links climbed from the name to the fronted phrase's preposition.
_INSIDE = {"pobj", "prep", "appos", "compound", "conj"}
_FINITE = {"VBD", "VBZ", "VBP"}


def swallowed_subject(head: Token) -> bool:
    """Whether the name headed by ``head`` ends a phrase put before a finite verb that has no subject,
    right before that verb (or a clause on the name and a comma), so that it is the verb's subject the
    parser missed."""
    word = head
    while word.dep_ in _INSIDE and word.head.i != word.i and word.head.pos_ not in {"VERB", "AUX"}:
        word = word.head
    verb = word.head
    if word.dep_ != "prep" or verb.pos_ not in {"VERB", "AUX"} or verb.tag_ not in _FINITE or word.i > verb.i:
        return False
    if any(child.dep_ in _SUBJECTS for child in verb.children):
        return False
    between = head.doc[head.right_edge.i + 1 : verb.i]
    # a comma right after a bare name closes the fronted phrase ("With Joe Hart, booked ..."): the
    # subject is elsewhere; after a clause on the name ("Ann Lee, who plays Meg, called") it closes that
    return not between or (head.right_edge.i > head.i and all(token.is_punct for token in between))
