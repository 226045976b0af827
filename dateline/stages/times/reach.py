"""Which point a duration with a signal word reaches ("two years after his death", "a week later").

The duration is counted from the last time the text named, unless the words around it say otherwise:
after *for* or *waited* it is a span, which reaches no point the text dates ("worked there for two years
before leaving"); a signal word followed by an event ("after his death") counts from that event, which
the last time named dates only if it is near; and set beside a time ("In 1991, ten years after his
death") the duration reaches that very time.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from dateline.stages.times.lexicon import load_times_lexicon

if TYPE_CHECKING:
    from dateline.stages.times.normalise import Normalised

__all__ = ["anchor_to_apposed", "beside", "compares", "dates_the_event", "event_reach", "opens_span"]

# A word right after the signal ("after his death", "before being fired"), not a comma or a full stop.
_EVENT_AFTER = re.compile(r"\s+[^\W\d]")
# The words between two durations joined to one time ("a month after X won and two weeks before Y").
_JOINED = re.compile(r"[^.;:!?\n]*\band\s+$", re.IGNORECASE)


def _words(words: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, word.split())) for word in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _span_opener() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_words(load_times_lexicon().modifiers.span_openers)})\s+$", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _apposition() -> re.Pattern[str]:
    adverbs = _words(load_times_lexicon().modifiers.apposition_adverbs)
    return re.compile(rf"\s*(?:,|—|–|--|\s-)\s*(?:(?:{adverbs})\s+)?", re.IGNORECASE)


def opens_span(text: str, start: int) -> bool:
    """Whether the duration starting at ``start`` is a span ("for two years before", "waited a year before")."""
    return _span_opener().search(text, max(0, start - 12), start) is not None


@functools.lru_cache(maxsize=1)
def _comparison_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_words(load_times_lexicon().modifiers.signal_comparisons)})\b", re.IGNORECASE)


def compares(text: str, signal_end: int) -> bool:
    """Whether the signal word ending at ``signal_end`` compares two times ("a day later than the others")."""
    return _comparison_after().match(text, signal_end) is not None


@functools.lru_cache(maxsize=1)
def _back_reference() -> re.Pattern[str]:
    words = _words(load_times_lexicon().modifiers.event_back_references)
    return re.compile(rf"\s+(?:{words})\b", re.IGNORECASE)


def event_reach(text: str, signal_end: int) -> int | None:
    """How many sentences back a time may date the event after the signal word: None when no event
    follows ("two years later."); 1 for an event the text named before ("two years after the wedding");
    0 for any other ("a year after BBC Television began", "after his appearance at the festival"), which
    a time named in an earlier sentence does not date."""
    if _EVENT_AFTER.match(text, signal_end) is None:
        return None
    return 1 if _back_reference().match(text, signal_end) else 0


@functools.lru_cache(maxsize=1)
def _event_words() -> re.Pattern[str]:
    modifiers = load_times_lexicon().modifiers
    breaks = _words(modifiers.event_clause_breaks)
    openers = _words(modifiers.event_time_openers)
    word = rf"\s+(?!(?:{breaks})\b)[^\W\d][\w'’-]*"
    return re.compile(rf"(?:{word}){{1,{_EVENT_WORDS}}}\s+(?:{openers})\s+(?:the\s+)?", re.IGNORECASE)


# How many words an event may have between the signal and the time that dates it ("after he was shot in").
_EVENT_WORDS = 6


def dates_the_event(text: str, signal_end: int, time_start: int) -> bool:
    """Whether the time at ``time_start`` dates the event right after the signal word, in the event's own
    clause ("16 years after he was supposedly shot in 1989"; not "a week after the vote, and in 2004")."""
    return _event_words().fullmatch(text, signal_end, time_start) is not None


def beside(before: Normalised, item: Normalised, text: str) -> bool:
    """Whether ``item`` is set beside the time ``before`` it, after a comma or a dash ("In 1991, ten years
    after his death")."""
    return before.point is not None and _apposition().fullmatch(text, before.end, item.start) is not None


def anchor_to_apposed(found: list[Normalised], text: str) -> None:
    """A duration set beside the time before it reaches that time: "In 1991, ten years after his death"
    (so do the durations joined to it: "In late June, a month after X and two weeks before Y")."""
    apposed: Normalised | None = None
    for index, item in enumerate(found[1:], start=1):
        before = found[index - 1]
        if not item.reaches:
            apposed = None
            continue
        if beside(before, item, text):
            apposed = before
            item.anchor = f"T{index}"
        elif apposed is not None and before.reaches and _JOINED.fullmatch(text, before.end, item.start):
            item.anchor = before.anchor
        else:
            apposed = None
            continue
        item.resolved = apposed.value
