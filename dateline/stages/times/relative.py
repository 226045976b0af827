"""Points counted from the document date or from the discourse: "last week", "the following year",
"yesterday", "on Sunday", "the quarter" (of the story), "the weekend", and the day of a bare time."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateline.stages.times.calendar import (
    Grain,
    Point,
    add_months,
    grain_unit,
    point_of_date,
    season_start,
    shift,
    shift_undated,
    start_date,
    unit_grain,
)
from dateline.stages.times.context import Context, Mention
from dateline.stages.times.dates import holiday, month, quarter
from dateline.stages.times.grammar import Grammar
from dateline.stages.times.lexicon import Unit
from dateline.stages.times.slots import Resolution, Slots

__all__ = [
    "COMPARISON_SENTENCES",
    "deictic",
    "discourse",
    "reference_day",
    "relative",
    "same_period",
    "the_quarter",
    "weekday",
    "weekend",
]

# How many sentences back a comparison ("the same period a year ago") may find the period it compares.
COMPARISON_SENTENCES = 3
# What "the same period" can be: a period longer than a day and shorter than a year.
_PERIODS = frozenset({"half", "quarter", "season", "month", "week", "weekend"})
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# In news, how many paragraph breaks may lie between "the year" and the year it is (its paragraph or
# the one before).
_YEAR_PARAGRAPHS = 1
# Slots that name a time on the clock ("at 10:57", "noon"), not a part of the day ("at night").
_CLOCKS = frozenset({"clock", "clock24", "clockword"})


def relative(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """A period counted from the document date: "last week", "next May", "this summer", "last Friday"."""
    if "holiday" in slots:
        return holiday(slots, ctx, grammar)
    if "quarter" in slots or "half" in slots:  # "next year's first quarter"
        return quarter(slots, ctx, grammar)
    step: int = grammar.meaning("rel", slots["rel"])
    if "same" in slots:
        same = same_period(ctx, before=slots.start, noun=slots["same"])
        if same is not None:  # "the same period last year": that period, a year before or after
            return Resolution(shift(same.point, unit="Y", amount=step), anchor=same.id, derived=True)
        if ctx.document_date is None and (noun := slots["same"].lower()) in _PERIODS:
            return Resolution(Point(grain=noun))  # type: ignore[arg-type]  # _PERIODS holds grains

    dct = ctx.document_date
    if "unit" in slots and ("month" in slots or "season" in slots):  # "June last year"
        return _in_relative_year(slots, grammar, step=step, dct=dct)
    if "pod" in slots and not {"unit", "month", "weekday", "season"} & set(slots.texts):
        if dct is None:
            return Resolution(Point(grain="day"))
        # "last night" is the night before the document date; "this morning" its morning.
        return Resolution(point_of_date(dct + dt.timedelta(days=min(step, 0)), grain="day"), anchor="DCT")
    if "unit" in slots:
        return _relative_unit(grammar.meaning("unit", slots["unit"]), step=step, dct=dct)
    if "month" in slots:
        return _relative_month(grammar.meaning("month", slots["month"]), step=step, dct=dct)
    if "weekday" in slots:
        return _relative_weekday(grammar.meaning("weekday", slots["weekday"]), step=step, dct=dct)
    if "season" in slots:
        return _relative_season(grammar.meaning("season", slots["season"]), step, dct)
    return None


def same_period(ctx: Context, *, before: int, noun: str) -> Mention | None:
    """The period under a year that "the same period" refers to: the last one named, if it was named in
    the last few sentences (further back, the story has moved on). "the same month" is a month; a
    "period" is any period of more than a day (a day named is the end of the period: "ended Sept. 30")."""
    noun = noun.lower()
    period = ctx.reference(before=before, grain_in=frozenset({noun}) if noun in _PERIODS else _PERIODS)
    if period is not None and ctx.sentence(before) - period.sentence < COMPARISON_SENTENCES:
        return period
    return None


def _in_relative_year(slots: Slots, grammar: Grammar, *, step: int, dct: dt.date | None) -> Resolution:
    """ "June last year", "the spring of next year"."""
    if "month" in slots:
        point = Point(grain="month", month=grammar.meaning("month", slots["month"]))
    else:
        point = Point(grain="season", season=grammar.meaning("season", slots["season"]))
    if dct is None:
        return Resolution(point)
    return Resolution(replace(point, year=dct.year + step), anchor="DCT")


def _relative_unit(unit: Unit | None, *, step: int, dct: dt.date | None) -> Resolution | None:
    """ "last week", "this year", "next month": whole periods from the one of the document date."""
    grain = unit_grain(unit) if unit is not None else None
    if grain is None:
        return None
    if dct is None:
        return Resolution(Point(grain=grain))
    code, count = grain_unit(grain)
    return Resolution(shift(point_of_date(dct, grain=grain), unit=code, amount=step * count), anchor="DCT")


def _relative_month(month: int, *, step: int, dct: dt.date | None) -> Resolution:
    """ "last May" is the latest May before the document date's month, "next May" the first after."""
    if dct is None:
        return Resolution(Point(grain="month", month=month))
    year = dct.year
    if step < 0 and month >= dct.month:
        year -= 1
    elif step > 0 and month <= dct.month:
        year += 1
    return Resolution(Point(grain="month", year=year, month=month), anchor="DCT")


def _relative_weekday(weekday: int, *, step: int, dct: dt.date | None) -> Resolution:
    """ "last Friday" is the latest Friday before the document date, "this Friday" the one of its week."""
    if dct is None:
        return Resolution(Point(grain="day", weekday=weekday))
    if step < 0:
        days = -((dct.isoweekday() - weekday) % 7 or 7)
    elif step > 0:
        days = (weekday - dct.isoweekday()) % 7 or 7
    else:
        days = weekday - dct.isoweekday()
    return Resolution(point_of_date(dct + dt.timedelta(days=days), grain="day"), anchor="DCT")


def _relative_season(season: str, step: int, dct: dt.date | None) -> Resolution:
    """ "last summer" is the latest summer already over at the document date, "next summer" the first
    not yet begun, "this summer" the one of the document date's year."""
    if dct is None:
        return Resolution(Point(grain="season", season=season))
    year = dct.year
    if step:
        start = season_start(season, year=year)
        if step < 0:
            while add_months(start, months=3) > dct:
                year, start = year - 1, season_start(season, year=year - 1)
        else:
            while start <= dct:
                year, start = year + 1, season_start(season, year=year + 1)
    return Resolution(Point(grain="season", year=year, season=season), anchor="DCT")


def discourse(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """A period counted from the last time mentioned: "the following year", "that day"."""
    step: int = grammar.meaning("drel", slots["drel"]) or 0  # "the end of the year": this one
    if "back" in slots:  # "the year before": the previous year
        step = -1
    if "month" in slots:  # "July 25 of that year" is a month of a year; "the previous April" a month
        return month(slots, ctx, grammar) if "unit" in slots else _discourse_month(slots, ctx, grammar, step=step)
    if "season" in slots:
        return _discourse_season(slots, ctx, grammar, step=step)
    if "weekday" in slots:
        return _discourse_weekday(slots, ctx, grammar, step=step)
    grain = unit_grain(grammar.meaning("unit", slots["unit"])) if "unit" in slots else "day"
    if grain is None:
        return None
    if not step and _defined_by_a_clause(slots, ctx, grammar):
        return Resolution(Point(grain=grain))  # "The year he was nominated": that event's, not the story's
    if (undated := _from_undated(ctx, before=slots.start, grain=grain, step=step)) is not None:
        return undated
    reference = ctx.reference(before=slots.start, finest=grain in ("day", "week", "weekend"))
    if reference is not None and _story_moved_on(slots, ctx, reference, grain=grain):
        reference = None
    unit, count = grain_unit(grain)
    if grain == "day" and not step and (undated := _day_of_later_period(ctx, reference, before=slots.start)):
        return undated
    if reference is None:
        if ctx.document_date is None:
            return Resolution(Point(grain=grain))
        base = point_of_date(ctx.document_date, grain=grain)
        return Resolution(shift(base, unit=unit, amount=step * count), anchor="DCT")
    date = start_date(reference.point)
    if date is None:
        return Resolution(_era_period(grain, year=reference.point.year, step=step), anchor=reference.id)
    point = shift(point_of_date(date, grain=grain), unit=unit, amount=step * count)
    if ctx.past_told_as_future(point, start=slots.start, end=slots.end):
        return Resolution(Point(grain=grain))  # "she wanted a positive message that day": not a day to come
    return Resolution(point, anchor=reference.id)


def _from_undated(ctx: Context, *, before: int, grain: Grain, step: int) -> Resolution | None:
    """"That evening", "the following day", "the next month" after a day or month of unknown year ("on 25
    January" in an undated story): that day or month moved by the step, its year still unknown
    (XXXX-01-25TEV), not a day the text does not name. None when the last time named has a known year,
    or when the step cannot be counted without it."""
    if grain not in ("day", "month"):
        return None
    reference = ctx.reference(before=before, finest=grain == "day", undated=True)
    if reference is None or reference.point.year is not None:
        return None
    point = replace(reference.point, part=None, clock=None, zone=None)
    if grain == "month" and point.grain == "day":
        if point.month is None:
            return None
        point = Point(grain="month", month=point.month)
    moved = shift_undated(point, unit="D" if grain == "day" else "M", amount=step) if step else point
    return Resolution(moved, anchor=reference.id) if moved is not None else None


def _story_moved_on(slots: Slots, ctx: Context, reference: Mention, *, grain: Grain) -> bool:
    """Whether, in news, "the year" lies more than a paragraph after the last year named: the story is
    back at its own year ("The year's biggest blockbusters" two paragraphs after Titanic's 1997), unlike
    a narrative, which stays where it last was. "That year", "the same year" point back at any distance."""
    if ctx.narrative or grain != "year" or slots["drel"].lower() != "the":
        return False
    return len(_PARAGRAPH_BREAK.findall(ctx.text, reference.end, slots.start)) > _YEAR_PARAGRAPHS


def _defined_by_a_clause(slots: Slots, ctx: Context, grammar: Grammar) -> bool:
    """Whether a clause right after "the year" (or "the week") says which one it is ("The year he was
    nominated, ..."), unless a copula before it has its subject say so ("1981 was the year he toured")."""
    modifiers = grammar.lexicon.modifiers
    if slots["drel"].lower() != "the":
        return False
    after = re.match(r"\s+(?:when\s+)?([^\W\d]+)\b", ctx.text[slots.end : slots.end + 30])
    if after is None or after.group(1).lower() not in modifiers.clause_subjects:
        return False
    before = ctx.text[max(0, slots.start - 30) : slots.start].lower().split()
    return not before or before[-1] not in modifiers.copulas


def _era_period(grain: Grain, *, year: int | None, step: int) -> Point:
    """The year, decade or century ``step`` from one of ``year`` BC ("the following year" after 513 BC
    is 512 BC; "the previous century" after 387 BC the 400s BC: BC04); other grains stay unknown."""
    if year is None or year > 0 or grain not in ("year", "decade", "century"):
        return replace(Point(grain=grain), year=year)
    if grain == "year":
        return Point(grain="year", year=year + step)
    size = 10 if grain == "decade" else 100
    number = -(-year // size) + step  # the tens or hundreds of a year BC, counted towards zero
    return Point(grain=grain, year=number * size - 1, **{grain: number})  # type: ignore[arg-type]  # a field of Point


def _discourse_month(slots: Slots, ctx: Context, grammar: Grammar, *, step: int) -> Resolution | None:
    """"The previous April", "the following April", "that April": counted from the month the story is
    at; from the document date if it names no time; of an unknown year after a bare year."""
    number: int = grammar.meaning("month", slots["month"])
    reference = ctx.reference(before=slots.start)
    if reference is None:
        return _relative_month(number, step=step, dct=ctx.document_date) if step else month(slots, ctx, grammar)
    base = start_date(reference.point) if reference.point.month is not None else None
    if base is not None and step:
        return replace(_relative_month(number, step=step, dct=base), anchor=reference.id)
    if base is not None or not step:
        return Resolution(Point(grain="month", year=reference.point.year, month=number), anchor=reference.id)
    return Resolution(Point(grain="month", month=number))  # "the following April" after "in 1917"


def _discourse_weekday(slots: Slots, ctx: Context, grammar: Grammar, *, step: int) -> Resolution | None:
    """"The previous Friday", "the following Monday": the weekday before or after the day the story
    is at (the document date if it names none); "that Friday" is read as a bare weekday."""
    if not step:
        return weekday(slots, ctx, grammar)
    reference = ctx.reference(before=slots.start, finest=True)
    base = start_date(reference.point) if reference is not None else ctx.document_date
    if base is None:
        return Resolution(Point(grain="day", weekday=grammar.meaning("weekday", slots["weekday"])))
    ahead = (grammar.meaning("weekday", slots["weekday"]) - base.isoweekday()) % 7
    days = (ahead or 7) if step > 0 else -((-ahead) % 7 or 7)  # never the base day itself
    date = base + dt.timedelta(days=days)
    return Resolution(point_of_date(date, grain="day"), anchor=reference.id if reference is not None else "DCT")


def _discourse_season(slots: Slots, ctx: Context, grammar: Grammar, *, step: int) -> Resolution:
    """"That same spring": the season of the year the text is talking about."""
    season = grammar.meaning("season", slots["season"])
    reference = ctx.reference(before=slots.start)
    if reference is not None and reference.point.year is not None:
        point = Point(grain="season", year=reference.point.year + step, season=season)
        return Resolution(point, anchor=reference.id)
    return _relative_season(season, step, ctx.document_date)


def deictic(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """A day counted from the document date: "today", "yesterday", "tonight"."""
    days = grammar.meaning("deictic", slots["deictic"]).days
    if ctx.document_date is None:
        return Resolution(Point(grain="day"))
    return Resolution(point_of_date(ctx.document_date + dt.timedelta(days=days), grain="day"), anchor="DCT")


def the_quarter(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """"The quarter" a business story talks about: the last one it named, else the last one ended.
    "The latest quarter" has ended: a quarter named that is still to come is not it."""
    dct = ctx.document_date
    period_rel = slots.texts.get("period_rel", "").lower()
    if period_rel == "current":
        if dct is None:
            return Resolution(Point(grain="quarter"))
        return Resolution(point_of_date(dct, grain="quarter"), anchor="DCT")
    reference = ctx.reference(before=slots.start, grain="quarter")
    if reference is not None and not (period_rel == "latest" and _not_ended(reference.point, dct)):
        return Resolution(reference.point, anchor=reference.id)
    if dct is None:
        return Resolution(Point(grain="quarter"))
    return Resolution(shift(point_of_date(dct, grain="quarter"), unit="M", amount=-3), anchor="DCT")


def _not_ended(point: Point, dct: dt.date | None) -> bool:
    following = start_date(shift(point, unit="M", amount=3))
    return dct is not None and following is not None and following > dct


def weekend(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """"The weekend": the one just past in a past clause, the coming one in a future clause."""
    dct = ctx.document_date
    if dct is None:
        return Resolution(Point(grain="weekend"))
    direction = ctx.direction(slots.start, slots.end)
    weekend = point_of_date(dct, grain="weekend")
    if direction <= 0 and dct.isoweekday() < 6:
        weekend = shift(weekend, unit="W", amount=-1)
    return Resolution(weekend, anchor="DCT")


def weekday(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """A bare weekday: the one before or after the document date (or the story's day), by tense."""
    weekday: int = grammar.meaning("weekday", slots["weekday"])
    direction = ctx.direction(slots.start, slots.end)
    reference = ctx.reference(before=slots.start, finest=True) if ctx.narrative else None
    if reference is not None:
        base, anchor = start_date(reference.point), reference.id
        direction = direction or 1  # a narrative moves forward
    else:
        base, anchor = ctx.document_date, "DCT"
        if not (direction or ctx.prospective(slots.start, slots.end)):
            direction = -1  # news mostly reports what happened
    if base is None:
        return Resolution(Point(grain="day", weekday=weekday))
    back, ahead = (base.isoweekday() - weekday) % 7, (weekday - base.isoweekday()) % 7
    days = -back if direction < 0 or (direction == 0 and back < ahead) else ahead
    return Resolution(point_of_date(base + dt.timedelta(days=days), grain="day"), anchor=anchor)


def reference_day(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution:
    """The day a bare time of day ("at 10 a.m.", "the morning") belongs to: the day named in its
    sentence or the one before ("... on Friday. He arrived at 0900 GMT"), else the document date. In a
    narrative, a clock time is on the last day the story named, and a part of the day alone on a day
    the text does not give (often any day: "the troops moved only at night")."""
    if (event := _event_after(slots, ctx, grammar)) is not None:
        return _event_day(event, ctx, before=slots.start)
    reference = ctx.reference(before=slots.start, finest=True, nearby=True)
    if reference is None and _clock_of_an_undated_day(slots, ctx):
        reference = ctx.reference(before=slots.start, finest=True, nearby=True, undated=True)
    if reference is None and ctx.narrative and _CLOCKS & set(slots.texts):
        reference = ctx.reference(before=slots.start, finest=True)
        if undated := _day_of_later_period(ctx, reference, before=slots.start, paragraphs=True):
            return undated  # "... on September 23, 1976. [...] In 1988, at 2 a.m.": a day of 1988
    if reference is not None:
        return Resolution(reference.point, anchor=reference.id)
    if ctx.document_date is None or ctx.narrative:
        return Resolution(Point(grain="day"))
    return Resolution(point_of_date(ctx.document_date, grain="day"), anchor="DCT")


def _clock_of_an_undated_day(slots: Slots, ctx: Context) -> bool:
    """Whether a clock time in an undated story may take a day of unknown year named in its sentence or the
    one before ("... on Friday. He walked in at 0900 GMT": XXXX-WXX-5T09:00Z). Not a part of the day alone
    ("live coverage on the night" of a ceremony named elsewhere), nor a time after a set named since that
    day ("on Tuesdays from 2300 GMT": a weekly slot), nor one that describes a noun ("his 2200 GMT
    curfew": every night's)."""
    if ctx.document_date is not None or not _CLOCKS & set(slots.texts):
        return False
    return not ctx.set_named_since(before=slots.start) and not ctx.describes_a_noun(slots.start, slots.end)


def _event_after(slots: Slots, ctx: Context, grammar: Grammar) -> re.Pattern[str] | None:
    """For "the night of the Oscars", "the morning of his arrest": a pattern that finds the event's name
    in a sentence (its first capitalised word, or its last word: "Oscar", "arrest"), else None."""
    if "pod" not in slots or not slots.texts.get("pod", "") or "clock" in slots:
        return None
    openers = "|".join(map(re.escape, grammar.lexicon.modifiers.event_openers))
    found = re.match(rf"\s+of\s+(?:{openers})\s+((?:[^\W\d][\w'’-]*\s*){{1,3}})", ctx.text[slots.end : slots.end + 80], re.IGNORECASE)
    if found is None:
        return None
    words: list[str] = []
    for word in found.group(1).split():
        if _EVENT_STOP.fullmatch(word):
            break
        words.append(word)
    if not words:
        return None
    names = [word for word in words if word[0].isupper()]
    key = (names or words[-1:])[0]
    stem = key[:-1] if len(key) > 4 and key.lower().endswith("s") else key
    return re.compile(rf"\b{re.escape(stem)}", re.IGNORECASE)


# Words that end an event's name: "the night of the vote in Congress", "the morning of her arrest, police".
_EVENT_STOP = re.compile(r"(?i)(?:in|at|on|of|for|to|with|from|by|when|and|or|as|after|before|while|was|were|is|are|had|has)")


def _event_day(event: re.Pattern[str], ctx: Context, *, before: int) -> Resolution:
    """The day of the last sentence before ``before`` that names the event and a day; else unknown."""
    for mention in reversed(ctx.mentions):
        if mention.start >= before or mention.point.grain != "day" or mention.point.year is None:
            continue
        if event.search(ctx.sentence_text(mention.sentence)):
            day = replace(mention.point, part=None, clock=None, zone=None)
            return Resolution(day, anchor=mention.id)
    return Resolution(Point(grain="day"))


def _day_of_later_period(
    ctx: Context, day: Mention | None, *, before: int, paragraphs: bool = False
) -> Resolution | None:
    """"That same day" after a month or year named in its paragraph since the last day (or with no day
    before): a day of that month or year, which one unknown ("... was robbed last October. He left town
    that same day": 2024-10-XX), not the last day named, which lies outside it. With ``paragraphs``, the
    month or year may be named in an earlier paragraph (a narrative's clock time: the story moved on)."""
    latest = ctx.reference(before=before)
    if latest is None or latest is day or latest.point.grain not in ("month", "year"):
        return None
    if not paragraphs and _PARAGRAPH_BREAK.search(ctx.text, latest.end, before):
        return None
    period = latest.point
    if day is not None and day.point.year == period.year and period.month in (None, day.point.month):
        return None  # the last day named lies in that period
    return Resolution(Point(grain="day", year=period.year, month=period.month), anchor=latest.id)
