"""Words quoted in news count from when they were said, when the text dates the saying.

"“Today, she showed again ...,” he said in a statement Monday" in Tuesday's story: *Today* is Monday.
A time outside the quotation, in the sentence that brings it in, hung by the parse on a verb of saying
(``speech_verbs`` in ``tense.yaml``), dates the saying; what the quoted words count from the document
date is counted again from that day (or, for a month, from a day of it that the text does not give).
Undated quotations keep the document date: in news most quoted words were said on it or just before.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from dateline.stages.quotes import Quotations, find_quotations
from dateline.stages.times.calendar import Point, start_date
from dateline.stages.times.context import Context
from dateline.stages.times.lexicon import load_times_lexicon
from dateline.stages.times.normalise import Normalised, normalise

if TYPE_CHECKING:
    from dateline.stages.times.grammar import Grammar
    from dateline.stages.times.tagger import Candidate

__all__ = ["date_quoted_words"]

# Between a quotation and a time of its saying after it, no sentence ends ("," he said Monday).
_SENTENCE_END = re.compile(r"[.!?]\s")
# How far after a quotation a time of its saying may lie, in characters.
_SAYING_REACH = 120
_MARKS = ('"', "“", "”")
# The day of a month the words of a quotation dated only by its month are counted from: its middle.
_MID_MONTH = 15


@dataclass(frozen=True)
class _Quotation:
    open: int  # the offset of the opening mark
    close: int  # the offset just after the closing mark (the paragraph's end if it stays open)


def date_quoted_words(found: list[Normalised], candidates: list[Candidate], ctx: Context, grammar: Grammar) -> None:
    """Count again from the day of their saying the times of ``found`` quoted in a dated quotation."""
    if ctx.doc is None or ctx.narrative or ctx.document_date is None:
        return
    quotations = _Quotations(ctx.text)
    for index, item in enumerate(found):
        if item.anchor != "DCT":
            continue
        quotation = quotations.around(item.start)
        if quotation is None:
            continue
        saying = _time_of_saying(found, quotation, ctx)
        if saying is None:
            continue
        again = _counted_from(candidates[index], found[saying], f"T{saying + 1}", ctx, grammar)
        found[index] = again or item


def _counted_from(
    candidate: Candidate, saying: Normalised, saying_id: str, ctx: Context, grammar: Grammar
) -> Normalised | None:
    """The candidate normalised again as if the document were dated by the time of its saying."""
    point = saying.point
    day = start_date(point) if point is not None else None
    if point is None or day is None:
        return None
    whole_day = point.grain == "day"
    said_ctx = replace(ctx, document_date=day if whole_day else day.replace(day=_MID_MONTH))
    again = normalise(candidate, said_ctx, grammar)
    if again is None or again.anchor != "DCT" or again.point is None:
        return None
    counted = again.point if whole_day else _within_month(again.point, month_point=point)
    return replace(again, point=counted, value=counted.value, anchor=saying_id)


def _within_month(point: Point, *, month_point: Point) -> Point:
    """A day or week counted from a month's unknown day: a day or week of that month, which one unknown
    ("In May, Cruz told reporters: “This morning, ...”" is 2016-05-XXTMO)."""
    if point.grain == "day":
        return Point(grain="day", year=month_point.year, month=month_point.month, part=point.part, clock=point.clock, zone=point.zone)
    if point.grain in ("week", "weekend"):
        return Point(grain=point.grain, year=month_point.year)
    return point


def _time_of_saying(found: list[Normalised], quotation: _Quotation, ctx: Context) -> int | None:
    """The index of the time that dates the saying of the quotation: outside it, in the words that bring
    it in, at most a day or a month, not after the document date, and hung on a verb of saying."""
    for index, item in enumerate(found):
        if not _brings_in(quotation, item, ctx) or not _dated_before(item, ctx):
            continue
        if _on_a_verb_of_saying(ctx, item):
            return index
    return None


def _brings_in(quotation: _Quotation, item: Normalised, ctx: Context) -> bool:
    """Whether ``item`` lies in the words that bring the quotation in: before it in the sentence of its
    opening mark ("In May, Cruz told reporters: “..."), or right after it ("“...,” he said Monday")."""
    text = ctx.text
    if item.end <= quotation.open:
        gap = text[item.end : quotation.open]
        same_sentence = ctx.sentence(item.start) == ctx.sentence(quotation.open)
    elif item.start >= quotation.close:
        gap = text[quotation.close : item.start]
        same_sentence = len(gap) <= _SAYING_REACH and not _SENTENCE_END.search(gap)
    else:
        return False
    return same_sentence and "\n" not in gap and not any(mark in gap for mark in _MARKS)


def _dated_before(item: Normalised, ctx: Context) -> bool:
    point = item.point
    if point is None or point.year is None or point.grain not in ("day", "month") or item.anchor not in ("DCT", None):
        return False
    first_day = start_date(point)
    return first_day is not None and ctx.document_date is not None and first_day <= ctx.document_date


def _on_a_verb_of_saying(ctx: Context, item: Normalised) -> bool:
    """Whether the parse hangs the time on a verb of saying, directly or through a preposition ("said
    Monday", "told reporters on Friday"; not "said the vote on Friday", which dates the vote)."""
    if ctx.doc is None:
        return False
    span = ctx.doc.char_span(item.start, item.end, alignment_mode="expand")
    if span is None:
        return False
    holder = span.root.head if span.root.head.pos_ == "ADP" else span.root
    verb = holder.head
    return verb.i != holder.i and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _speech_verbs()


@functools.lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return frozenset(word.lower() for word in load_times_lexicon().tense.speech_verbs)


class _Quotations:
    """The quotations of a text (the quotes module's, found when first asked for), as the piece around an offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: Quotations | None = None

    def around(self, offset: int) -> _Quotation | None:
        """The piece of a quotation (its paragraph's part, marks included) that holds ``offset``."""
        if self.found is None:
            self.found = find_quotations(self.text)
        quotation = self.found.covering(offset, offset + 1)
        if quotation is None:
            return None
        return next((_Quotation(low, high) for low, high in quotation.pieces if low < offset < high), None)
