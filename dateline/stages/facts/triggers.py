"""Finding the trigger words of the frame lexicon in a parsed document.

Single words are looked up by lemma and by lower-case form in an index built once per process,
so each token costs one or two dictionary lookups whatever the number of frames. Phrases are
indexed by their first word and checked word by word from there.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.stages.facts.frames import Trigger, frame_lexicon, triggers_by_word
from dateline.stages.forms import forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["TriggerMatch", "find_triggers", "hyphen_prefix"]

#: spaCy entity labels whose words are names, not triggers.
_NAMED = frozenset({"PERSON", "ORG", "WORK_OF_ART", "EVENT", "FAC", "GPE", "LOC", "PRODUCT", "LAW"})
#: ``Doc.to_array("ENT_IOB")`` codes a word inside an entity, after its first, as 1 (O is 2, B is 3).
_INSIDE = 1


@dataclass(frozen=True)
class TriggerMatch:
    """A trigger found in the text: its frame, its rule, its head token and all its words."""

    frame: str
    trigger: Trigger
    head: Token
    first: int
    last: int

    @property
    def specific(self) -> bool:
        """Whether the match needed more than its head word (a prefix, a particle, a phrase)."""
        rule = self.trigger
        conditions = (rule.needs, rule.governor, rule.prefix, rule.excludes, rule.within, rule.next_lower)
        return bool(rule.phrase) or any(conditions)


def _all_keys(doc: Doc) -> list[tuple[str, ...]]:
    """For each token, the keys its trigger rules are indexed by: lemma, form, and for the last word
    of an entity its type ("@NORP": "South Korean", "Spanish"); each key once."""
    types = forms(doc, "ENT_TYPE")
    inside = [iob == _INSIDE for iob in doc.to_array("ENT_IOB").tolist()]
    keys: list[tuple[str, ...]] = []
    for i, (lemma, lower, kind) in enumerate(zip(forms(doc, "LEMMA"), forms(doc, "LOWER"), types, strict=True)):
        lemma = lemma.lower()
        own = (lower,) if lemma == lower else (lemma, lower)
        if kind and (i + 1 == len(types) or not inside[i + 1]):
            own = (*own, f"@{kind}")
        keys.append(own)
    return keys


def hyphen_prefix(token: Token) -> Token | None:
    """The word joined to ``token`` by a hyphen in front of it ("ex" in "ex-wife"), if any."""
    if token.i < 2:
        return None
    hyphen, word = token.nbor(-1), token.nbor(-2)
    if hyphen.text == "-" and not hyphen.whitespace_ and not word.whitespace_:
        return word
    return None


def _form_matches(form: str, patterns: list[str]) -> bool:
    """Whether ``form`` is one of ``patterns``, where "theat*" stands for any form starting "theat"."""
    return any(form == p or (p.endswith("*") and form.startswith(p[:-1])) for p in patterns)


def _name_word(token: Token) -> bool:
    """Whether a word inside an entity is part of the name: capitalised (but not just for starting the
    sentence), or a function word between capitalised words; not a title NER took in ("guitarist")."""
    if token.tag_ == "POS":
        return False  # a possessive marker NER took in at the end of a name: "Fox TV's"
    if token.is_lower:
        return token.pos_ in ("ADP", "DET", "CCONJ", "PART")
    if token.is_upper and token.ent_iob_ == "B" and token.ent_type_ == "PERSON":
        return False  # an abbreviated title NER took in: "DJ" in "DJ Ivo Sand"
    return not token.is_sent_start


def _governed(token: Token, governors: list[str]) -> bool:
    """Whether ``token`` hangs from one of ``governors``: a lemma, or a lemma and the preposition
    between ("step into": "stepping into the role"; not any preposition: "won a prize for her role")."""
    head = token.head
    if head.i == token.i:
        return False
    if head.lemma_.lower() in governors:
        return True
    above = head.head
    # a preposition, or an infinitive "to" the parser made one ("lined up to star in X", "star" a noun)
    preposition = head.pos_ == "ADP" or head.dep_ == "prep"
    return preposition and above.i != head.i and f"{above.lemma_.lower()} {head.lower_}" in governors


def _needed(child: Token, needs: list[str]) -> bool:
    """Whether a dependent has a needed form, alone ("theat*") or with its relation ("dobj:award*": the
    object, not any word below the trigger)."""
    return _form_matches(child.lower_, needs) or _form_matches(f"{child.dep_}:{child.lower_}", needs)


def _excluded(child: Token, excludes: list[str]) -> bool:
    """Whether a dependent's form is excluded, alone ("to") or with its relation ("prep:to": the preposition,
    not the infinitive's "to"), or its relation is, whatever the form ("nsubj:*")."""
    return child.lower_ in excludes or f"{child.dep_}:{child.lower_}" in excludes or f"{child.dep_}:*" in excludes


def _followed_by_lower(token: Token, titles: list[str]) -> bool:
    """Whether the next word is lower case, or a capitalised word of ``titles``: an office's title is
    written with capitals ("Italian Prime Minister X") where a name's word would be too ("Australian Idol")."""
    if token.i + 1 >= len(token.doc):
        return False
    following = token.doc[token.i + 1]
    return following.is_lower or following.lower_ in titles


def _conditions_hold(token: Token, trigger: Trigger) -> bool:
    if trigger.next_lower and not _followed_by_lower(token, trigger.next_titles):
        return False
    if trigger.forms and token.lower_ not in trigger.forms:
        return False
    if trigger.ent_types:
        return True
    if token.ent_type_ in _NAMED and token.ent_iob_ in ("B", "I") and _name_word(token):
        return False  # a word of a name: "of" in "Queens of the Stone Age", "Die" in "Die Another Day"
    if token.pos_ not in trigger.pos:
        return False
    if trigger.needs and not any(_needed(child, trigger.needs) for child in token.children):
        return False
    if trigger.within and not any(t.lemma_.lower() in trigger.within for t in token.subtree):
        return False
    if trigger.excludes and any(_excluded(child, trigger.excludes) for child in token.children):
        return False
    if trigger.governor and not _governed(token, trigger.governor):
        return False
    if trigger.prefix:
        prefix = hyphen_prefix(token)
        if prefix is None or (prefix.lower_ not in trigger.prefix and "*" not in trigger.prefix):
            return False
    return True


@functools.lru_cache(maxsize=1)
def _phrases() -> dict[str, list[tuple[str, Trigger, tuple[str, ...]]]]:
    index: dict[str, list[tuple[str, Trigger, tuple[str, ...]]]] = defaultdict(list)
    for name, frame in frame_lexicon().frames.items():
        for trigger in frame.triggers:
            if trigger.phrase:
                words = tuple(part for part in re.split(r"\s+|(-)", trigger.phrase.lower()) if part)
                index[words[0]].append((name, trigger, words))
    return dict(index)


def _phrase_at(keys: list[tuple[str, ...]], start: int, words: tuple[str, ...]) -> int | None:
    end = start + len(words)
    if end > len(keys):
        return None
    for own, word in zip(keys[start:end], words, strict=True):
        if word not in own:
            return None
    return end - 1


def _phrase_head(doc: Doc, first: int, last: int) -> Token:
    for token in doc[first : last + 1]:
        if not first <= token.head.i <= last or token.head.i == token.i:
            return token
    return doc[first]


def find_triggers(doc: Doc) -> list[TriggerMatch]:
    """Every trigger match in ``doc``, in text order; on one head word, specific rules hide plain ones."""
    words = triggers_by_word()
    phrases = _phrases()
    found: list[TriggerMatch] = []
    keys = _all_keys(doc)
    for i, own in enumerate(keys):
        for key in own:
            rules, phrase_rules = words.get(key, ()), phrases.get(key, ())
            if not rules and not phrase_rules:
                continue  # most words: no Token made for them
            token = doc[i]
            for name, trigger in rules:
                if _conditions_hold(token, trigger):
                    found.append(TriggerMatch(name, trigger, token, token.i, token.i))
            for name, trigger, phrase in phrase_rules:
                last = _phrase_at(keys, token.i, phrase)
                if last is not None:
                    head = _phrase_head(doc, token.i, last)
                    if head.pos_ in trigger.pos:
                        found.append(TriggerMatch(name, trigger, head, token.i, last))
    return _without_shadowed(found)


def _without_shadowed(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """Drop duplicates, plain matches of a frame whose head word also has a specific match, and
    matches on a word that only modifies another match of the same frame ("executive" in
    "executive director")."""
    specific = {(m.frame, m.head.i) for m in matches if m.specific}
    heads = {(m.frame, m.head.i) for m in matches}
    kept: dict[tuple[str, int, int, int], TriggerMatch] = {}
    for match in matches:
        if not match.specific and (match.frame, match.head.i) in specific:
            continue
        head = match.head
        modified = head.head.i
        if head.dep_ in ("compound", "amod") and (match.frame, modified) in heads and modified != head.i:
            continue
        kept.setdefault((match.frame, match.head.i, match.first, id(match.trigger)), match)
    return sorted(kept.values(), key=lambda m: (m.first, m.head.i))
