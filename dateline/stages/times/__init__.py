"""The times stage: TIMEX3 tagging and normalisation anchored to the document date and discourse.

The stage works on raw text: regular expressions built from the data files (``dateline/data/times``)
find the expressions (:mod:`.tagger`), which are then normalised in text order (:mod:`.normalise`),
each relative one counted from the document date or from a time mentioned before it (:mod:`.context`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.model import Time
from dateline.stages.times.calendar import Point
from dateline.stages.times.context import Context, Mention
from dateline.stages.times.grammar import load_grammar
from dateline.stages.times.lexicon import load_times_lexicon
from dateline.stages.times.normalise import Normalised, normalise
from dateline.stages.times.reach import anchor_to_apposed, beside, dates_the_event
from dateline.stages.times.shared_year import share_following_years
from dateline.stages.times.speech import date_quoted_words
from dateline.stages.times.tagger import Candidate, tag
from dateline.stages.times.tense import clause_direction

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_times"]

# Rules whose expressions count days from the document date: a text that uses them is news, not a narrative.
_DEICTIC_RULES = frozenset({"deictic_part", "weekday", "weekday_part", "the_weekend"})
# Rules that do so when they name a weekday: "last Tuesday", "this Friday", "the day before last Tuesday".
_DEICTIC_WITH_WEEKDAY = frozenset({"relative_unit", "day_beside_day"})
# A capitalised word and an opening bracket right before an expression: "the Treaty of Paris (1783)".
_NAME_BEFORE_BRACKET = re.compile(r"[A-Z][\w'’.-]*\s*\($")
# "held by no army since 1921": a year that only bounds a span ending later.
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# The value of a point whose year is unknown: XXXX-06-18.
_UNKNOWN_YEAR = re.compile(r"XXXX")
# Between "two days after" and the time it counts from.
_SIGNAL_GAP = re.compile(r"\s*(?:the\s+)?")


def find_times(text: str, *, document_date: dt.date | None, doc: Doc | None = None) -> list[Time]:
    """Find the temporal expressions of ``text`` and normalise them (TIMEX3).

    ``doc`` is the spaCy parse of the same text when the stage runs inside the full pipeline; the
    stage uses its sentences and tenses when given, and works on the text alone otherwise.

    >>> [(t.text, t.value) for t in find_times("She left on Sunday.", document_date=dt.date(2025, 4, 17))]
    [('Sunday', '2025-04-13')]
    """
    grammar = load_grammar()
    candidates = tag(text, grammar)
    ctx = Context.create(
        text,
        document_date=document_date,
        years=_named_years(candidates, text),
        deictic=sum(map(_counts_days, candidates)),
        doc=doc,
    )
    found: list[Normalised] = []
    normalised_candidates: list[Candidate] = []  # the candidate of each item found
    for candidate in candidates:
        normalised = normalise(candidate, ctx, grammar)
        if normalised is None:
            continue
        normalised_candidates.append(candidate)
        if ctx.narrative and normalised.anchor == "DCT" and _quoted(text, normalised.start):
            normalised = _unknown_date(normalised)
        found.append(normalised)
        if normalised.type == "SET":
            ctx.remember_set(normalised.start)
        if _unknown_time(normalised, found, text):
            ctx.remember_unknown(normalised.start)
        if normalised.point is not None:
            ctx.remember(
                Mention(
                    id=f"T{len(found)}",
                    point=normalised.point,
                    start=normalised.start,
                    end=normalised.end,
                    sentence=ctx.sentence(normalised.start),
                    explicit_year=normalised.explicit_year,
                    derived=normalised.derived or _compared(normalised, text),
                    anchor=normalised.anchor,
                    ahead=_looks_ahead(normalised, ctx),
                    aside=_labels_a_name(normalised, text) or _bounds_a_span(normalised, text),
                    cited=_dates_a_source(normalised, text),
                )
            )
    date_quoted_words(found, normalised_candidates, ctx, grammar)
    anchor_to_apposed(found, text)
    _anchor_to_following(found, text)
    share_following_years(found, text)
    return [
        Time(
            id=f"T{number}",
            start=item.start,
            end=item.end,
            text=text[item.start : item.end],
            type=item.type,  # type: ignore[arg-type]  # the normaliser only makes TIMEX3 types
            value=item.value,
            anchor=item.anchor,
            resolved=item.resolved,
            mod=item.mod,
            freq=item.freq,
            quant=item.quant,
        )
        for number, item in enumerate(found, start=1)
    ]


def _unknown_time(normalised: Normalised, found: list[Normalised], text: str) -> bool:
    """A time named whose year the text does not give: a point without a year ("Christmas" in an undated
    story), or a duration that reaches a point no time dates ("seven years after his citizenship was
    withdrawn"; not one set beside a time, "In 1991, ten years after his death")."""
    if normalised.point is not None:
        return normalised.point.year is None
    if not normalised.reaches or (normalised.resolved is not None and not _UNKNOWN_YEAR.match(normalised.resolved)):
        return False  # a point reached from "14 June" in an undated story (XXXX-06-18) has no year either
    return len(found) < 2 or not beside(found[-2], normalised, text)


def _looks_ahead(normalised: Normalised, ctx: Context) -> bool:
    """A year named in a future clause of a narrative ("a campaign planned for 1976"). The words of
    its clause must say so too: the parse may hang a heading's year on the sentence before."""
    point = normalised.point
    if not ctx.narrative or point is None or point.grain != "year":
        return False
    start, end = normalised.start, normalised.end
    return clause_direction(ctx.text, start=start, end=end) > 0 and ctx.direction(start, end) > 0


def _labels_a_name(normalised: Normalised, text: str) -> bool:
    """A year alone in brackets after a name ("the Treaty
    of Paris (1783)"): it dates that thing, not the time the story is at."""
    point = normalised.point
    if point is None or point.grain != "year":
        return False
    before = _NAME_BEFORE_BRACKET.search(text, max(0, normalised.start - 40), normalised.start)
    return before is not None and text.startswith(")", normalised.end)


def _bounds_a_span(normalised: Normalised, text: str) -> bool:
    """A year after "since" ("the port, held by no army since 1921"): the story is later."""
    point = normalised.point
    if point is None or point.grain != "year":
        return False
    return _SINCE_BEFORE.search(text, max(0, normalised.start - 10), normalised.start) is not None


def _dates_a_source(normalised: Normalised, text: str) -> bool:
    """A year of a source cited ("according to a 2000 family history"): when it was written, not
    when what it tells happened."""
    point = normalised.point
    if point is None or point.grain != "year":
        return False
    return _source_opener().search(text, max(0, normalised.start - 40), normalised.start) is not None


@functools.lru_cache(maxsize=1)
def _source_opener() -> re.Pattern[str]:
    openers = "|".join(r"\s+".join(map(re.escape, words.split())) for words in load_times_lexicon().modifiers.source_openers)
    return re.compile(rf"\b(?:{openers})\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE)


# "rose to 310 from 287 the previous year", "fell to 785m euros from 2.4bn euros in 2003": an amount before.
_FROM_AMOUNT = re.compile(r"\bfrom\s+(?:an?\s+)?[$£€¥]?\d[\d.,]*\s*(?:[^\W\d]+\s+|%\s*){0,3}(?:in\s+)?$", re.IGNORECASE)


def _compared(normalised: Normalised, text: str) -> bool:
    """A time an amount is compared with ("up from 287 the previous year", "compared with 2003's figure"):
    the counterpart of the story's period, which later times ("for the year") do not count from."""
    start = normalised.start
    window = max(0, start - 60)
    return _FROM_AMOUNT.search(text, window, start) is not None or _comparison().search(text, window, start) is not None


@functools.lru_cache(maxsize=1)
def _comparison() -> re.Pattern[str]:
    # an adverb may stand inside a phrase: "compared unfavourably with"
    joint = r"\s+(?:[^\W\d]+ly\s+)?"
    words = "|".join(joint.join(map(re.escape, phrase.split())) for phrase in load_times_lexicon().modifiers.comparisons)
    return re.compile(rf"\b(?:{words})\s+(?:in\s+)?$", re.IGNORECASE)


def _counts_days(candidate: Candidate) -> bool:
    """Whether an expression counts days from the document date ("today", "on Friday", "last Tuesday")."""
    name = candidate.rule.name
    return name in _DEICTIC_RULES or (name in _DEICTIC_WITH_WEEKDAY and "weekday" in candidate.groups)


def _quoted(text: str, offset: int) -> bool:
    """Whether ``offset`` lies inside a quotation of its paragraph ("He said: \"... today\"")."""
    paragraph = max(text.rfind("\n\n", 0, offset), 0)
    before = text[paragraph:offset]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _unknown_date(normalised: Normalised) -> Normalised:
    """In a narrative, words quoted count from when they were said, which the text does not date: the
    point keeps its grain and what the words name (a season, a weekday, a time of day), the rest is
    unknown ("today" is XXXX-XX-XX, "next summer" XXXX-SU)."""
    point = normalised.point
    if point is None:
        return normalised
    unknown = Point(
        grain=point.grain,
        season=point.season,
        weekday=point.weekday if point.day is None else None,
        part=point.part,
        clock=point.clock,
        zone=point.zone,
    )
    return replace(normalised, value=unknown.value, point=unknown, anchor=None)


def _named_years(candidates: list[Candidate], text: str) -> list[int]:
    """The years named in digits; those of an era ("490 BC") count as long ago."""
    years = []
    for candidate in candidates:
        if "year" in candidate.groups:
            years.append(int(text[slice(*candidate.groups["year"])]))
        elif "yearnum" in candidate.groups and "era" in candidate.groups:
            years.append(0)
    return years


def _anchor_to_following(found: list[Normalised], text: str) -> None:
    """Count "two days after Christmas" from the time that follows the signal word, and "16 years after
    he was shot in 1989" from the time that dates the event in its own words (not a duration set beside a
    time, "In 1991, ten years after his death in 1981", which reaches that time)."""
    for index, item in enumerate(found[:-1]):
        pending = item.pending
        following = found[index + 1]
        if pending is None or following.point is None:
            continue
        if _SIGNAL_GAP.fullmatch(text, pending.signal_end, following.start) or (
            pending.event and dates_the_event(text, pending.signal_end, following.start)
            and not (index and beside(found[index - 1], item, text))
        ):
            reached = pending.reached(following.point)
            item.resolved = reached.value if reached is not None else None
            item.anchor = f"T{index + 2}" if reached is not None else None
