"""The date an article gives a ceremony in a sentence of its own, for the facts at that ceremony nearby.

Stories often date a ceremony once ("The Kestrel Awards are being held on 27 February.") and tell who will be
there in the sentences around it ("Ivo Sand will host the ceremony."): the date is the time of those facts
(the held-out gold README's "dates of the same event"). A sentence whose subject is a ceremony (a name ending
as the class `award_ceremonies` says, or one of its nouns) held or placed by its verb ("will be held", "takes
place", "is") with a time on the verb or in the ceremony's name gives that time to the facts with none of
their own, in it or within two sentences of it in the same paragraph, that are at that ceremony: attending, hosting or
performing at it, named by its entity or by a noun of the class ("Saturday's ceremony"). Awards and nominations
are left out: a category names no ceremony, and a nomination comes before it.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dateline.model import EntityType
    from dateline.stages.facts.build import Context, Draft

__all__ = ["date_ceremony_facts"]

#: The verbs that hold or place an event ("is held", "takes place", "is on 27 February").
_HOLDING = frozenset({"hold", "take", "be"})
#: The facts that happen at a ceremony, as against awards and nominations, which it only announces.
_AT_EVENT = frozenset({"attended", "acted_in", "cast_in", "performed"})
#: How many sentences before or after the dated one its facts may be in.
_NEAR = 2
_CEREMONY_TYPES: list[EntityType] = ["EVENT", "ORG", "OTHER"]


def _held_ceremonies(doc: Doc, text: str, words: frozenset[str]) -> list[Token]:
    """The subjects naming a ceremony that their verb holds or places: found by a search of the text for the
    class's words (reading every token's relation would cost about 0.1 ms per article)."""
    found = []
    for match in _words_pattern(words).finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1:
            continue
        token, verb = span[0], span[0].head
        if token.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in _HOLDING:
            continue
        if verb.lemma_.lower() == "take" and not any(child.lower_ == "place" for child in verb.children):
            continue
        found.append(token)
    return found


@functools.cache
def _words_pattern(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b", re.IGNORECASE)


def _neighbours(sentences: list[Span], index: int, text: str) -> set[int]:
    """The starts (token indices) of sentence ``index`` and of those within reach of it in its paragraph ("The
    ceremony, hosted by X, takes place on 27 February": the host's own sentence)."""
    near = set()
    for other in range(max(0, index - _NEAR), min(len(sentences), index + _NEAR + 1)):
        first, last = sorted((sentences[other], sentences[index]), key=lambda span: span.start)
        if "\n\n" not in text[first.start_char:last.start_char]:
            near.add(sentences[other].start)
    return near


def _ends_as_ceremony(name: str | None, words: frozenset[str]) -> bool:
    return name is not None and name.casefold().rsplit(" ", 1)[-1] in words


def _at_ceremony(draft: Draft, ceremonies: list[str], words: frozenset[str], context: Context) -> bool:
    """Whether ``draft`` happens at the dated ceremony: its entity (any ceremony's when the dating sentence
    names it by a noun only, "The ceremony ... takes place on ..."), or a noun of the class."""
    if draft.predicate not in _AT_EVENT:
        return False
    if draft.object is not None:
        if ceremonies:
            return draft.object in ceremonies
        return _ends_as_ceremony(context.resolver.name(draft.object), words)
    return _ends_as_ceremony(draft.arguments.get("object_text"), words)


def date_ceremony_facts(drafts: list[Draft], context: Context) -> None:
    """Give the facts at a ceremony nearby the time of the sentence that dates the ceremony."""
    words = context.lexicon.classes.get("award_ceremonies", frozenset())
    held = _held_ceremonies(context.doc, context.text, words) if words else []
    sentences = list(context.doc.sents) if held else []
    starts = [sentence.start for sentence in sentences]
    for ceremony in held:
        time = context.times.for_trigger(ceremony.head, extra=[ceremony])
        if time is None:
            continue
        ceremonies, _ = context.resolver.entities_at(ceremony, types=_CEREMONY_TYPES)
        near = _neighbours(sentences, starts.index(ceremony.sent.start), context.text)
        for draft in drafts:
            if draft.time is None and draft.sentence in near and _at_ceremony(draft, ceremonies, words, context):
                draft.time = time
