"""The tense of a clause from the spaCy parse, shared by the times stage (does a bare "on Sunday" point
back or ahead?) and the facts stage (a fact's ``tense``).

The verb a word belongs to is read: a future auxiliary ("will", "'ll", "going to"), a modal ("may marry"
ahead, "may have married" past), an infinitive after a word of planning ("set to star"), a past tense
or perfect ("married", "has married"), a present ("is dating"). Word lists: ``clause_tense.yaml``.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel

from dateline.lexicons import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Tense", "auxiliaries", "clause_tense", "future_auxiliary", "past_tense", "verb_above"]

Tense = Literal["past", "present", "future"]

_VERBS = ("VERB", "AUX")
_PRESENT_TAGS = ("VBZ", "VBP")
#: How far an infinitive or conjunct may hand its tense question up ("hopes to start to film"): enough.
_MOST_STEPS = 4


class ClauseTenseWords(BaseModel):
    """``clause_tense.yaml``."""

    future_auxiliaries: frozenset[str]
    going: frozenset[str]
    future_modals: frozenset[str]
    perfect: frozenset[str]
    prospective: frozenset[str]
    clause_arguments: frozenset[str]
    predicative: frozenset[str]
    on_copula: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> ClauseTenseWords:
    return load_lexicon("clause_tense.yaml", ClauseTenseWords)


def verb_above(token: Token) -> Token | None:
    """``token`` if it is a verb, else the nearest verb it depends on (None past the root)."""
    verb: Token | None = token
    while verb is not None and verb.pos_ not in _VERBS:
        verb = verb.head if verb.head.i != verb.i else None  # the root is its own head
    return verb


def auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries of ``verb`` ("will", "has", "been" ...)."""
    return [child for child in verb.children if child.dep_ in ("aux", "auxpass")]


def future_auxiliary(verb: Token, verb_auxiliaries: list[Token]) -> bool:
    """Whether a future auxiliary ("will", "'ll") or "going to" puts ``verb`` ahead."""
    words = _words()
    if any(child.lower_ in words.future_auxiliaries for child in verb_auxiliaries):
        return True
    return verb.lower_ in words.going or any(child.lower_ in words.going for child in verb_auxiliaries)


def past_tense(verb: Token, verb_auxiliaries: list[Token]) -> bool:
    """Whether a verb is in a past tense; a participle with auxiliaries has that of the finite ones
    ("had been scheduled"; not "have been confirmed", a present perfect)."""
    participle = "Part" in verb.morph.get("VerbForm", [])
    finite = [token for token in verb_auxiliaries if "Part" not in token.morph.get("VerbForm", [])]
    tensed = finite if participle and verb_auxiliaries else [verb, *finite]
    return any("Past" in token.morph.get("Tense", []) for token in tensed)


def clause_tense(word: Token, *, description: bool = False) -> Tense | None:
    """The tense of the clause ``word`` belongs to: the word itself if it is a verb, else the verb it is an
    argument of (``clause_arguments``; for a ``description``, such as "wife", only the verb it is predicated
    by, ``predicative``); None when the parse does not say (a noun in apposition, a bare participle, "could")."""
    verb = word if word.pos_ in _VERBS else _clause_verb(word, description=description)
    return _verb_tense(verb, steps=_MOST_STEPS) if verb is not None else None


def _clause_verb(word: Token, *, description: bool) -> Token | None:
    words = _words()
    head = word.head
    if head.pos_ not in _VERBS or head.i == word.i:
        return None
    if word.dep_ in (words.predicative if description else words.clause_arguments):
        return head
    return head if word.dep_ in words.on_copula and head.lemma_.lower() == "be" else None


def _verb_tense(verb: Token, *, steps: int) -> Tense | None:
    words = _words()
    verb_auxiliaries = _without_misread_modals(verb, auxiliaries(verb))
    if steps and _shares_auxiliaries(verb, verb_auxiliaries):
        return _verb_tense(verb.head, steps=steps - 1)  # "will marry and move to Rome": "move" is future too
    if future_auxiliary(verb, verb_auxiliaries):
        return "future"
    modals = [child for child in verb_auxiliaries if child.tag_ == "MD"]
    if modals:
        if any(child.lemma_.lower() in words.perfect for child in verb_auxiliaries):
            return "past"  # "may have married"
        return "future" if any(modal.lower_ in words.future_modals for modal in modals) else None
    if steps and _to_infinitive(verb):
        return _infinitive_tense(verb, steps=steps - 1)
    if steps and _bare_complement(verb, verb_auxiliaries):
        return _verb_tense(verb.head, steps=steps - 1)  # "saw Clint Eastwood get a nomination": when he saw
    if verb.tag_ in ("VBN", "VBG") and not verb_auxiliaries:
        return _participle_tense(verb, steps=steps)
    if past_tense(verb, verb_auxiliaries) or _perfect(verb, verb_auxiliaries):
        return "past"
    if any(token.tag_ in _PRESENT_TAGS for token in [verb, *verb_auxiliaries]):
        return "present"
    return None


def _without_misread_modals(verb: Token, verb_auxiliaries: list[Token]) -> list[Token]:
    """A modal is followed by a base form ("may marry", "will be released"); before a past tense it is a name
    the parser took for one ("May performed with Rodgers": Brian May)."""
    if any(token.tag_ == "VB" for token in [verb, *verb_auxiliaries]):
        return verb_auxiliaries
    return [child for child in verb_auxiliaries if child.tag_ != "MD"]


def _shares_auxiliaries(verb: Token, verb_auxiliaries: list[Token]) -> bool:
    """A bare conjunct shares the tense of the verb it is joined to ("will marry and move")."""
    return (
        verb.dep_ == "conj"
        and not verb_auxiliaries
        and verb.tag_ == "VB"
        and verb.head.pos_ in _VERBS
        and not any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)
    )


def _bare_complement(verb: Token, verb_auxiliaries: list[Token]) -> bool:
    """A bare infinitive completing another verb ("saw X win", "made X cry") happens when that verb does."""
    return (
        verb.tag_ == "VB"
        and not verb_auxiliaries
        and verb.dep_ in ("ccomp", "xcomp")
        and verb.head.pos_ in _VERBS
        and verb.head.i < verb.i
    )


def _to_infinitive(verb: Token) -> bool:
    return verb.dep_ in ("xcomp", "advcl", "ccomp") and any(
        child.dep_ == "aux" and child.lower_ == "to" for child in verb.children
    )


def _infinitive_tense(verb: Token, *, steps: int) -> Tense | None:
    """An infinitive after a word of planning lies ahead ("is set to star"), unless that word is past ("was
    set to star": maybe it never happened); after another verb it shares its tense ("began to date")."""
    governor = verb.head
    governing = verb_above(governor)
    tense = _verb_tense(governing, steps=steps) if governing is not None else None
    if _prospective(governor):
        return None if tense == "past" else "future"
    return tense


def _prospective(governor: Token) -> bool:
    """A word of planning ("is to wed", "is set to star"); a verb with an adjective complement is one when
    the adjective is ("is favourite to win"; not "it is great to see")."""
    words = _words().prospective
    complements = [child for child in governor.children if child.dep_ == "acomp"]
    if complements:
        return any(child.lemma_.lower() in words for child in complements)
    return governor.lemma_.lower() in words


def _participle_tense(verb: Token, *, steps: int) -> Tense | None:
    """A bare participle of an adverbial clause has the tense of the verb it hangs from ("has been
    recognised, winning best actress"); one that describes a noun ("the single, released in 1985") has
    none of its own."""
    if steps and verb.dep_ == "advcl" and verb.head.pos_ in _VERBS:
        return _verb_tense(verb.head, steps=steps - 1)
    return None


def _perfect(verb: Token, verb_auxiliaries: list[Token]) -> bool:
    """A perfect ("has married", "have been seen"): the event lies before the clause's time."""
    return verb.tag_ == "VBN" and any(child.lemma_.lower() in _words().perfect for child in verb_auxiliaries)
