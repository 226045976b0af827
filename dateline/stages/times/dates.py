"""Points named by the calendar: dates, months, years, decades, centuries, quarters, seasons, holidays.

What the text leaves out is taken from the discourse (the year of a narrative, or of a dated month
just before), from the document date (in the direction of the clause's tense), or left unknown
(``XXXX-02-14``) when the document has no date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateline.stages.times.calendar import (
    Grain,
    Point,
    add_months,
    holiday_date,
    point_of_date,
    season_start,
    start_date,
)
from dateline.stages.times.choice import TENSE_REACH, century_year, period_year, pick_date
from dateline.stages.times.context import Context
from dateline.stages.times.grammar import Grammar
from dateline.stages.times.lexicon import Holiday, NamedEvent
from dateline.stages.times.numbers import parse_number, parse_ordinal
from dateline.stages.times.slots import Resolution, Slots
from dateline.stages.times.vocabulary import word_key

__all__ = [
    "century",
    "decade",
    "holiday",
    "iso_date",
    "month",
    "named_event",
    "quarter",
    "season",
    "spelled_year",
    "year",
    "year_end",
]

_ISO = re.compile(r"(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})")
_SLASHED = re.compile(r"(?P<month>[0-9]{1,2})/(?P<day>[0-9]{1,2})/(?P<year>[0-9]{2,4})")


# "The latter half", "the final quarter": the last one of the year.
_LAST = {"half": {"latter": 2, "last": 2}, "quarter": {"final": 4, "last": 4}}


def iso_date(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """A date written in digits: 1998-10-23, 10/23/1998."""
    text = slots["iso"]
    match = _ISO.fullmatch(text) or _SLASHED.fullmatch(text)
    if match is None:
        return None
    year = int(match.group("year"))
    if year < 100:
        year = century_year(year, document_date=ctx.document_date)
    date = dt.date(year, int(match.group("month")), int(match.group("day")))
    return Resolution(point_of_date(date, grain="day"), explicit_year=True)


def holiday(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """A holiday: in the year given, in the direction of the clause, or with its year unknown."""
    entry: Holiday | None = grammar.meaning("holiday", slots["holiday"])
    if entry is None:
        return None
    if entry.varies:  # "Black Monday": no yearly rule dates it, and the nearest Monday is wrong
        year = int(slots["year"]) if "year" in slots else None
        return Resolution(Point(grain="day", year=year), explicit_year=year is not None)
    if "year" in slots:
        date = holiday_date(entry, year=int(slots["year"]))
        return Resolution(point_of_date(date, grain="day"), explicit_year=True)
    dct = ctx.document_date
    if "rel" not in slots:
        reference = ctx.year_reference(before=slots.start)
        if reference is not None and reference.point.year is not None and reference.point.year > 0:
            date = holiday_date(entry, year=reference.point.year)
            return Resolution(point_of_date(date, grain="day"), anchor=reference.id)
    if dct is None:
        return Resolution(_unknown_holiday(entry))
    dates = [holiday_date(entry, year=year) for year in (dct.year - 1, dct.year, dct.year + 1)]
    if "rel" in slots:  # "last Thanksgiving": the one before the document date, not the same day
        step = grammar.meaning("rel", slots["rel"])
        if step < 0:
            chosen = max(date for date in dates if date < dct)
        elif step > 0:
            chosen = min(date for date in dates if date > dct)
        else:
            chosen = dates[1]
    else:
        reach = None if ctx.still_to_come(slots.start, slots.end) else TENSE_REACH
        chosen = pick_date(dates, dct=dct, direction=ctx.direction(slots.start, slots.end), reach=reach)
    return Resolution(point_of_date(chosen, grain="day"), anchor="DCT")


def named_event(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """A past event named by its date ("9/11", "the D-Day landings"): its day, whatever the story's year;
    no time in a text dated before it, nor a name that needs one of its nouns without it."""
    slot = "event" if "event" in slots else "event_before_noun"
    event: NamedEvent | None = grammar.meaning(slot, slots[slot])
    if event is None or (slot == "event_before_noun" and not grammar.event_named(event, ctx.text, slots.end)):
        return None
    return _event_day(event, ctx)


def _event_day(event: NamedEvent, ctx: Context) -> Resolution | None:
    day = dt.date(*event.day)
    if ctx.document_date is not None and ctx.document_date < day:
        return None
    return Resolution(point_of_date(day, grain="day"), explicit_year=True)


def _unknown_holiday(entry: Holiday) -> Point:
    """A holiday without a year: its month and day if they never change ("XXXX-12-25")."""
    if entry.date is not None:
        return Point(grain="day", month=entry.date[0], day=entry.date[1])
    return Point(grain="day")


def quarter(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """A quarter or half: of the year given, of a relative year, or the nearest one."""
    if "half" in slots:
        grain: Grain = "half"
        text = slots["half"]
        number = _LAST["half"].get(word_key(text)) or parse_ordinal(text, numbers=grammar.lexicon.numbers)
    else:
        grain = "quarter"
        text = slots.texts.get("quarter") or slots.texts.get("quarter_digit", "")
        number = _LAST["quarter"].get(word_key(text)) or parse_ordinal(text, numbers=grammar.lexicon.numbers)
    if number is None or not 1 <= number <= (2 if grain == "half" else 4):
        return None
    point = Point(grain=grain, **{grain: number})  # type: ignore[arg-type]  # the grain names a field of Point
    if "year" in slots:
        return Resolution(replace(point, year=int(slots["year"])), explicit_year=True)
    dct = ctx.document_date
    if "rel" in slots:
        if dct is None:
            return Resolution(point)
        return Resolution(replace(point, year=dct.year + grammar.meaning("rel", slots["rel"])), anchor="DCT")
    reference = ctx.year_reference(before=slots.start)
    if reference is not None:
        return Resolution(replace(point, year=reference.point.year), anchor=reference.id)
    if dct is None:
        return Resolution(point)
    # The nearest, whatever the tense: quarters are named around their end, in plans and in results.
    # A fiscal quarter is named in its results, once it has begun (fiscal years start at any month).
    fiscal = "fiscal" in ctx.text[slots.start : slots.end].lower()
    months = 3 if grain == "quarter" else 6
    year = period_year(1 + months * (number - 1), months=months, dct=dct, direction=-1 if fiscal else 0)
    return Resolution(replace(point, year=year), anchor="DCT")


def decade(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """A decade: "the 1990s", "the '90s", "the nineties", "the 470s BC" (BC047: the years 479-470 BC)."""
    if "decade_word" in slots:  # "the nineties": of the century of the document date (1900s without one)
        tens = grammar.meaning("decade_word", slots["decade_word"])
        year = century_year(10 * tens, document_date=ctx.document_date)
        return Resolution(Point(grain="decade", year=year, decade=year // 10), explicit_year=True)
    text = slots["decade"].lstrip("'’").rstrip("sS")
    if "era" in slots and slots["era"].upper().startswith("B"):  # counted as _era_period counts them
        decade = -(int(text) // 10)
        return Resolution(Point(grain="decade", year=decade * 10 - 1, decade=decade), explicit_year=True)
    if len(text) == 4 or "era" in slots:
        decade = int(text) // 10
    else:
        year = century_year(int(text), document_date=ctx.document_date)
        decade = year // 10
    return Resolution(Point(grain="decade", year=decade * 10, decade=decade), explicit_year=True)


def century(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """A century: "the 19th century" is 18, "the fifth century BC" is BC04."""
    number = parse_ordinal(slots["century"], numbers=grammar.lexicon.numbers)
    if number is None or number < 1:
        return None
    century = number - 1  # the hundreds of its years, as "18" for the 1800s
    if "era" in slots and slots["era"].upper().startswith("B"):  # the 5th century BC: the 400s BC
        return Resolution(Point(grain="century", year=-100 * century - 1, century=-century), explicit_year=True)
    return Resolution(Point(grain="century", year=century * 100, century=century), explicit_year=True)


def month(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """A month or a day of a month, with its year given, lent by the discourse, or by tense."""
    month: int = grammar.meaning("month", slots["month"])
    day = int(slots["day"].rstrip("stndrhSTNDRH")) if "day" in slots else None
    grain: Grain = "day" if day else "month"
    year = _explicit_year(slots, grammar)
    if year is not None:
        if year > 0:
            dt.date(year, month, day or 1)  # rejects 30 February
        point = Point(grain=grain, year=year, month=month, day=day)
        return _week_of(Resolution(point, explicit_year=True), slots)
    if day:
        dt.date(2000, month, day)  # a leap year: 29 February is a date
        event = grammar.event_on(month, day, ctx.text, slots.end)  # "the Sept. 11 attacks": 2001
        if event is not None and (resolution := _event_day(event, ctx)) is not None:
            return resolution
    if "unit" in slots:  # "August of that year", "24 January of the same year"
        reference = ctx.reference(before=slots.start)
        if reference is None or reference.point.year is None:
            return Resolution(Point(grain=grain, month=month, day=day))
        point = Point(grain=grain, year=reference.point.year, month=month, day=day)
        return Resolution(point, anchor=reference.id)
    reference = ctx.year_reference(before=slots.start)
    if ctx.narrative and ctx.future_from_the_date(slots.start, slots.end):
        reference = None  # "And on September 26 we'll see": the document date's future, not the story's
    if reference is not None and reference.point.year is not None:
        if not _exists(reference.point.year, month, day):  # 29 February of a year without one
            return Resolution(Point(grain=grain, month=month, day=day))
        point = Point(grain=grain, year=reference.point.year, month=month, day=day)
        return _week_of(Resolution(point, anchor=reference.id), slots)
    dct = ctx.document_date
    if dct is None:
        return Resolution(Point(grain=grain, month=month, day=day))
    direction = ctx.direction(slots.start, slots.end)
    if day is None:
        year = period_year(month, months=1, dct=dct, direction=direction)
        return Resolution(Point(grain="month", year=year, month=month), anchor="DCT")
    dates = [_safe_date(year, month, day) for year in (dct.year - 1, dct.year, dct.year + 1)]
    reach = None if ctx.still_to_come(slots.start, slots.end) else TENSE_REACH  # "The memorial is on Sept. 11"
    chosen = pick_date([date for date in dates if date is not None], dct=dct, direction=direction, reach=reach)
    return _week_of(Resolution(point_of_date(chosen, grain="day"), anchor="DCT"), slots)


def _week_of(resolution: Resolution, slots: Slots) -> Resolution:
    """"The week of March 6" is the week that contains the day."""
    if "week_of" not in slots:
        return resolution
    date = start_date(resolution.point)
    if date is None:
        return replace(resolution, point=Point(grain="week", year=resolution.point.year))
    return replace(resolution, point=point_of_date(date, grain="week"))


def _exists(year: int, month: int, day: int | None) -> bool:
    """Whether the day is in that year's calendar: 29 February 1995 is not."""
    return day is None or year <= 0 or _safe_date(year, month, day) is not None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _signed_year(year: int, slots: Slots) -> int:
    if "era" in slots and slots["era"].upper().startswith("B"):
        return -year
    return year


def _short_year(two_digits: int, slots: Slots, ctx: Context) -> int:
    """The full year of "'89": in a narrative the one nearest the story's year ("in '89" in a history of
    the 1780s is 1789), else the one nearest the document date."""
    reference = ctx.reference(before=slots.start) if ctx.narrative else None
    story_year = reference.point.year if reference is not None else None
    if story_year is None or story_year <= 0:
        return century_year(two_digits, document_date=ctx.document_date)
    century = story_year // 100
    return min((100 * (century + shift) + two_digits for shift in (-1, 0, 1)), key=lambda year: abs(year - story_year))


def year(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """A year in digits, with its era, or of "the 1988 period" in a story about a quarter."""
    if "year2" in slots:
        year = _short_year(int(slots["year2"].lstrip("'’")), slots, ctx)
    else:
        year = _signed_year(int(slots.texts.get("year") or slots["yearnum"]), slots)
    if "season" in slots:
        season = grammar.meaning("season", slots["season"])
        return Resolution(Point(grain="season", year=year, season=season), explicit_year=True)
    if "period_of" in slots:  # "the 1988 period" in a story about a quarter: that quarter in 1988
        period = ctx.reference(before=slots.start, grain="quarter")
        if period is not None:
            return Resolution(replace(period.point, year=year), explicit_year=True, derived=True)
    return Resolution(Point(grain="year", year=year), explicit_year=True)


def _explicit_year(slots: Slots, grammar: Grammar) -> int | None:
    """The year the expression names, in digits or in words ("nineteen ninety-six"), BC negative."""
    if "year" in slots:
        return _signed_year(int(slots["year"]), slots)
    if "yearnum" in slots and "era" in slots:  # "June 479 BC"
        return _signed_year(int(slots["yearnum"]), slots)
    if "spelled_year" in slots:
        return _spelled_year_value(slots["spelled_year"], grammar)
    return None


def _spelled_year_value(text: str, grammar: Grammar) -> int | None:
    numbers = grammar.lexicon.numbers
    words = [word for word in word_key(text).replace("-", " ").split() if word not in ("and", "oh")]
    if words[:2] == ["two", "thousand"]:
        century, rest = 20, words[2:]
    else:
        century, rest = numbers.units.get(words[0]) or numbers.tens.get(words[0], 0), words[1:]
        if rest[:1] == ["hundred"]:
            rest = rest[1:]
    tail = parse_number(" ".join(rest), numbers=numbers) if rest else 0.0
    if tail is None or not century:
        return None
    return century * 100 + int(tail)


def spelled_year(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """A year in words: "nineteen ninety-six", "two thousand and five"."""
    year = _spelled_year_value(slots["spelled_year"], grammar)
    if year is None:
        return None
    if "season" in slots:
        season = grammar.meaning("season", slots["season"])
        return Resolution(Point(grain="season", year=year, season=season), explicit_year=True)
    return Resolution(Point(grain="year", year=year), explicit_year=True)


def year_end(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """The second year of "1915-17": in the century of the first, after it."""
    first = int(slots["year"])
    year = first // 100 * 100 + int(slots["year_end"])
    if year <= first:
        year += 100
    return Resolution(Point(grain="year", year=year), explicit_year=True)


def season(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """A season named without a year: of the story's year, or by the tense of its clause."""
    season = grammar.meaning("season", slots["season"])
    reference = ctx.year_reference(before=slots.start)
    if reference is not None:
        point = Point(grain="season", year=reference.point.year, season=season)
        return Resolution(point, anchor=reference.id)
    dct = ctx.document_date
    if dct is None:
        return Resolution(Point(grain="season", season=season))
    direction = ctx.direction(slots.start, slots.end)
    if direction == 0:
        return Resolution(Point(grain="season", year=dct.year, season=season), anchor="DCT")
    years = (dct.year - 1, dct.year, dct.year + 1)
    if direction < 0:  # the latest begun
        year = max(year for year in years if season_start(season, year=year) <= dct)
    else:  # the first not over: "they will marry in the spring", written on 10 March, is this spring
        year = min(year for year in years if add_months(season_start(season, year=year), months=3) > dct)
    return Resolution(Point(grain="season", year=year, season=season), anchor="DCT")
