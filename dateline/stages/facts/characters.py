"""Fictional figures: a name the text gives a character ("The main character, X, also appears in Y")
stands for nobody who acts, wins or meets, so no fact is drawn with it as a participant.

The nouns that call a name a character are the ``characters`` class of ``frames.yaml``. Only a name in
apposition to one of them, or with one in front of it ("the character X"), counts: a role someone plays
may be a real person ("X plays Ray Charles"), and "character actor X" is an actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.symbols import NOUN

from dateline.stages.facts.arguments import Resolver

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["fictional_figures"]


def _named_characters(noun: Token) -> list[Token]:
    """The names a character noun is said of: its appositions, the name it is in apposition to, the name
    it stands in front of."""
    names = [child for child in noun.children if child.dep_ == "appos"]
    if noun.dep_ in ("appos", "compound") and noun.head.i != noun.i:
        names.append(noun.head)
    return [name for name in names if name.pos_ == "PROPN"]


def fictional_figures(doc: Doc, *, resolver: Resolver, nouns: frozenset[str]) -> frozenset[str]:
    """The ids of the person entities ``doc`` calls characters with one of ``nouns``."""
    found: set[str] = set()
    # parts of speech as numbers first: a Token for every word would cost more than the test
    for i, pos in enumerate(doc.to_array("POS").tolist()):
        if pos != NOUN:
            continue
        token = doc[i]
        if token.lemma_.lower() not in nouns:
            continue
        for name in _named_characters(token):
            ids, _ = resolver.entities_at(name, types=["PERSON"])
            found.update(ids)
    return frozenset(found)
