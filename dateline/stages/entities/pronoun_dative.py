"""A possessive on the thing given to someone is the recipient's: "winning Ann Lee her first nomination",
"the director gave Tom Hale his break" (``recipient_verbs`` in ``pronouns.yaml``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.entities.lexicon import pronouns

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["recipient_of"]

_NOUNS = frozenset({"PROPN", "NOUN", "PRON"})


def recipient_of(pronoun: Token) -> Token | None:
    """The head of the first object of a recipient verb whose second object ``pronoun`` owns, or None. The
    parser may hang the second object on the first as an apposition ("Nicholson his 12th nomination")."""
    if pronoun.dep_ != "poss":
        return None
    thing = pronoun.head
    if thing.dep_ == "appos" and thing.head.dep_ == "dative":
        recipient = thing.head
        return recipient if _recipient_verb(recipient.head) else None
    if thing.dep_ != "dobj" or not _recipient_verb(thing.head):
        return None
    recipients = [
        child
        for child in thing.head.children
        if child.dep_ in {"dative", "dobj"} and child.i < pronoun.i and child.pos_ in _NOUNS
    ]
    return recipients[0] if recipients else None


def _recipient_verb(verb: Token) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_ in pronouns().recipient_verbs
