"""Normalising calendar points: dates, weeks, seasons, quarters, decades and times of day.

What the text leaves out is taken, in order, from the discourse (the year of a narrative, or of an
earlier date in the same sentence), from the document date (in the direction of the clause's tense),
or left unknown (``XXXX-02-14``) when the document has no date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from dateline.stages.times.calendar import (
    Grain,
    Point,
    add_months,
    grain_unit,
    holiday_date,
    point_of_date,
    shift,
    start_date,
)
from dateline.stages.times.context import Context
from dateline.stages.times.grammar import Grammar
from dateline.stages.times.vocabulary import word_key
from dateline.stages.times.lexicon import Holiday, Unit
from dateline.stages.times.numbers import parse_number, parse_ordinal

__all__ = ["Slots", "resolve_point", "unit_grain"]

_CLOCK = re.compile(
    r"(?P<hour>[0-9]{1,2})(?:[:.]?(?P<minute>[0-9]{2}))?\s*(?:(?P<am>a\.?m\.?|am)|(?P<pm>p\.?m\.?|pm))?", re.I
)
_ISO = re.compile(r"(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})")
_SLASHED = re.compile(r"(?P<month>[0-9]{1,2})/(?P<day>[0-9]{1,2})/(?P<year>[0-9]{2,4})")
_UNIT_GRAINS: dict[tuple[str, int], Grain] = {
    ("D", 1): "day",
    ("W", 1): "week",
    ("WE", 1): "weekend",
    ("M", 1): "month",
    ("Q", 1): "quarter",
    ("Y", 1): "year",
    ("Y", 10): "decade",
    ("Y", 100): "century",
}


@dataclass(frozen=True)
class Slots:
    """The slot texts of one candidate (first occurrence of each slot) and its span."""

    texts: dict[str, str]
    start: int
    end: int

    def __contains__(self, slot: str) -> bool:
        return slot in self.texts

    def __getitem__(self, slot: str) -> str:
        return self.texts[slot]


@dataclass(frozen=True)
class Resolution:
    """A point, what it was computed from ('DCT', a time id or None) and whether it names its year."""

    point: Point
    anchor: str | None = None
    explicit_year: bool = False


def unit_grain(unit: Unit) -> Grain | None:
    """The calendar grain a unit steps by ("week" for weeks), or None for hours and smaller."""
    return _UNIT_GRAINS.get((unit.code, unit.factor))


def resolve_point(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """The point a ``point`` rule's slots name, with its time of day; None when it is not a valid date."""
    try:
        resolution = _date_part(slots, ctx, grammar)
        clock, zone, part = _time_of_day(slots, grammar)
    except ValueError:  # 30 February, hour 27 ...
        return None
    if resolution is None:
        return None
    if clock is None and part is None:
        return resolution
    point = resolution.point
    if point.grain != "day":
        if not _only_time(slots):
            return resolution
        day = _reference_day(slots, ctx)
        point, resolution = day.point, day
    return replace(resolution, point=replace(point, clock=clock, zone=zone, part=part or point.part))


_TIME_SLOTS = frozenset({"clock", "clock24", "clockword", "pod", "tz", "pmod", "qmod"})


def _only_time(slots: Slots) -> bool:
    return set(slots.texts) <= _TIME_SLOTS


def _time_of_day(slots: Slots, grammar: Grammar) -> tuple[str | None, str | None, str | None]:
    zone = grammar.meaning("tz", slots["tz"]) or None if "tz" in slots else None
    part = grammar.meaning("pod", slots["pod"]) if "pod" in slots else None
    if "deictic" in slots:
        part = part or grammar.meaning("deictic", slots["deictic"]).part
    if "clockword" in slots:
        return grammar.meaning("clockword", slots["clockword"]), zone, None
    text = slots.texts.get("clock") or slots.texts.get("clock24")
    if text is None:
        return None, None, part
    match = _CLOCK.match(text.strip())
    if match is None:
        return None, None, part
    hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
    if match.group("pm") and hour < 12:
        hour += 12
    elif match.group("am") and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        raise ValueError("not a time of day")
    return f"{hour:02d}:{minute:02d}", zone, None


def _date_part(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    for slot, handler in _HANDLERS:
        if slot in slots:
            return handler(slots, ctx, grammar)
    return _reference_day(slots, ctx)


def _iso(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    text = slots["iso"]
    match = _ISO.fullmatch(text) or _SLASHED.fullmatch(text)
    if match is None:
        return None
    year = int(match.group("year"))
    if year < 100:
        year = _century_year(year, ctx)
    date = dt.date(year, int(match.group("month")), int(match.group("day")))
    return Resolution(point_of_date(date, "day"), explicit_year=True)


def _holiday(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    holiday: Holiday = grammar.meaning("holiday", slots["holiday"])
    if holiday is None:
        return None
    if "year" in slots:
        return Resolution(point_of_date(holiday_date(holiday, int(slots["year"])), "day"), explicit_year=True)
    dct = ctx.document_date
    if "rel" in slots:
        if dct is None:
            return Resolution(_unknown_holiday(holiday))
        step = grammar.meaning("rel", slots["rel"])
        dates = [holiday_date(holiday, year) for year in (dct.year - 1, dct.year, dct.year + 1)]
        if step < 0:
            chosen = max(date for date in dates if date < dct)
        elif step > 0:
            chosen = min(date for date in dates if date > dct)
        else:
            chosen = dates[1]
        return Resolution(point_of_date(chosen, "day"), anchor="DCT")
    reference = ctx.year_reference(before=slots.start)
    if reference is not None and reference.point.year is not None and reference.point.year > 0:
        date = holiday_date(holiday, reference.point.year)
        return Resolution(point_of_date(date, "day"), anchor=reference.id)
    if dct is None:
        return Resolution(_unknown_holiday(holiday))
    direction = ctx.direction(slots.start, slots.end)
    dates = [holiday_date(holiday, year) for year in (dct.year - 1, dct.year, dct.year + 1)]
    return Resolution(point_of_date(_pick(dates, dct, direction), "day"), anchor="DCT")


def _unknown_holiday(holiday: Holiday) -> Point:
    if holiday.date is not None:
        return Point(grain="day", month=holiday.date[0], day=holiday.date[1])
    return Point(grain="day")


# Days: a date further than this in the direction of the clause's tense loses to the nearest one
# ("payable Dec. 7" in a story dated November is next month, whatever the clause's other verbs).
_TENSE_REACH = 285


def _pick(dates: list[dt.date], dct: dt.date, direction: int, *, reach: int | None = _TENSE_REACH) -> dt.date:
    """Of candidate dates, the latest not after ``dct`` (past) or the first not before it (future),
    if it is within ``reach`` days; otherwise the nearest."""
    nearest = min(dates, key=lambda date: abs((date - dct).days))
    if direction < 0:
        chosen = max(date for date in dates if date <= dct)
    elif direction > 0:
        chosen = min(date for date in dates if date >= dct)
    else:
        return nearest
    return chosen if reach is None or abs((chosen - dct).days) <= reach else nearest


def _period_year(first_month: int, months: int, dct: dt.date, direction: int) -> int:
    """The year of a month, quarter or half named without one: as :func:`_pick`, with distances
    to the whole period (the one that has begun in a past clause, the one not over in a future one)."""

    def bounds(year: int) -> tuple[dt.date, dt.date]:
        first = dt.date(year, first_month, 1)
        return first, add_months(first, months) - dt.timedelta(days=1)

    def distance(year: int) -> int:
        first, last = bounds(year)
        return max((first - dct).days, (dct - last).days, 0)

    years = (dct.year - 1, dct.year, dct.year + 1)
    nearest = min(years, key=distance)
    if direction < 0:
        chosen = max(year for year in years if bounds(year)[0] <= dct)
    elif direction > 0:
        chosen = min(year for year in years if bounds(year)[1] >= dct)
    else:
        return nearest
    return chosen if distance(chosen) <= _TENSE_REACH else nearest


def _relative(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    step: int = grammar.meaning("rel", slots["rel"])
    if "holiday" in slots:
        return _holiday(slots, ctx, grammar)
    if "quarter" in slots or "half" in slots:  # "next year's first quarter"
        return _quarter(slots, ctx, grammar)
    dct = ctx.document_date
    if "month" in slots and "unit" in slots:  # "June last year"
        month = grammar.meaning("month", slots["month"])
        if dct is None:
            return Resolution(Point(grain="month", month=month))
        return Resolution(Point(grain="month", year=dct.year + step, month=month), anchor="DCT")
    if "season" in slots and "unit" in slots:  # "the spring of next year"
        season = grammar.meaning("season", slots["season"])
        if dct is None:
            return Resolution(Point(grain="season", season=season))
        return Resolution(Point(grain="season", year=dct.year + step, season=season), anchor="DCT")
    if "pod" in slots and not {"unit", "month", "weekday", "season"} & set(slots.texts):
        if dct is None:
            return Resolution(Point(grain="day"))
        return Resolution(point_of_date(dct + dt.timedelta(days=min(step, 0)), "day"), anchor="DCT")
    if "unit" in slots:
        grain = unit_grain(grammar.meaning("unit", slots["unit"]))
        if grain is None:
            return None
        if dct is None:
            return Resolution(Point(grain=grain))
        unit, count = grain_unit(grain)
        return Resolution(shift(point_of_date(dct, grain), unit, step * count), anchor="DCT")
    if "month" in slots:
        month = grammar.meaning("month", slots["month"])
        if dct is None:
            return Resolution(Point(grain="month", month=month))
        year = dct.year
        if step < 0 and month >= dct.month:
            year -= 1
        elif step > 0 and month <= dct.month:
            year += 1
        return Resolution(Point(grain="month", year=year, month=month), anchor="DCT")
    if "weekday" in slots:
        weekday = grammar.meaning("weekday", slots["weekday"])
        if dct is None:
            return Resolution(Point(grain="day", weekday=weekday))
        if step < 0:
            days = -((dct.isoweekday() - weekday) % 7 or 7)
        elif step > 0:
            days = (weekday - dct.isoweekday()) % 7 or 7
        else:
            days = weekday - dct.isoweekday()
        return Resolution(point_of_date(dct + dt.timedelta(days=days), "day"), anchor="DCT")
    if "season" in slots:
        return _relative_season(grammar.meaning("season", slots["season"]), step, dct)
    return None


def _relative_season(season: str, step: int, dct: dt.date | None) -> Resolution:
    if dct is None:
        return Resolution(Point(grain="season", season=season))
    year = dct.year
    if step:
        start = _season_start(season, year)
        if step < 0:
            while add_months(start, 3) > dct:
                year, start = year - 1, _season_start(season, year - 1)
        else:
            while start <= dct:
                year, start = year + 1, _season_start(season, year + 1)
    return Resolution(Point(grain="season", year=year, season=season), anchor="DCT")


def _season_start(season: str, year: int) -> dt.date:
    start = start_date(Point(grain="season", year=year, season=season))
    assert start is not None  # a known year after 1 AD has a start
    return start


def _discourse(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    step: int = grammar.meaning("drel", slots["drel"]) or 0  # "the end of the year": this one
    if "month" in slots:
        return _month(slots, ctx, grammar)
    if "season" in slots:
        return _discourse_season(slots, ctx, grammar, step=step)
    grain = unit_grain(grammar.meaning("unit", slots["unit"])) if "unit" in slots else "day"
    if grain is None:
        return None
    reference = ctx.reference(before=slots.start, finest=grain in ("day", "week", "weekend"))
    unit, count = grain_unit(grain)
    if reference is None:
        if ctx.document_date is None:
            return Resolution(Point(grain=grain))
        base = point_of_date(ctx.document_date, grain)
        return Resolution(shift(base, unit, step * count), anchor="DCT")
    date = start_date(reference.point)
    if date is None:
        return Resolution(replace(Point(grain=grain), year=reference.point.year), anchor=reference.id)
    return Resolution(shift(point_of_date(date, grain), unit, step * count), anchor=reference.id)


def _discourse_season(slots: Slots, ctx: Context, grammar: Grammar, *, step: int) -> Resolution:
    """"That same spring": the season of the year the text is talking about."""
    season = grammar.meaning("season", slots["season"])
    reference = ctx.reference(before=slots.start)
    if reference is not None and reference.point.year is not None:
        point = Point(grain="season", year=reference.point.year + step, season=season)
        return Resolution(point, anchor=reference.id)
    return _relative_season(season, step, ctx.document_date)


def _deictic(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    days = grammar.meaning("deictic", slots["deictic"]).days
    if ctx.document_date is None:
        return Resolution(Point(grain="day"))
    return Resolution(point_of_date(ctx.document_date + dt.timedelta(days=days), "day"), anchor="DCT")


def _quarter(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    if "half" in slots:
        grain: Grain = "half"
        number = _LAST["half"].get(word_key(slots["half"])) or parse_ordinal(slots["half"], grammar.lexicon.numbers)
    else:
        grain = "quarter"
        text = slots.texts.get("quarter") or slots.texts.get("quarter_digit", "")
        number = _LAST["quarter"].get(word_key(text)) or parse_ordinal(text, grammar.lexicon.numbers)
    if number is None or not 1 <= number <= (2 if grain == "half" else 4):
        return None
    point = Point(grain=grain, quarter=number if grain == "quarter" else None, half=number if grain == "half" else None)
    if "year" in slots:
        return Resolution(replace(point, year=int(slots["year"])), explicit_year=True)
    dct = ctx.document_date
    if "rel" in slots:
        step = grammar.meaning("rel", slots["rel"])
        return Resolution(replace(point, year=dct.year + step), anchor="DCT") if dct else Resolution(point)
    reference = ctx.year_reference(before=slots.start)
    if reference is not None:
        return Resolution(replace(point, year=reference.point.year), anchor=reference.id)
    if dct is None:
        return Resolution(point)
    # The nearest, whatever the tense: quarters are named around their end, in plans and in results.
    # A fiscal quarter is named in its results, once it has begun (fiscal years start at any month).
    fiscal = "fiscal" in ctx.text[slots.start : slots.end].lower()
    months = 3 if grain == "quarter" else 6
    year = _period_year(1 + months * (number - 1), months, dct, -1 if fiscal else 0)
    return Resolution(replace(point, year=year), anchor="DCT")


def _decade(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    if "decade_word" in slots:  # "the nineties": of the century of the document date (1900s without one)
        tens = grammar.meaning("decade_word", slots["decade_word"])
        year = _century_year(10 * tens, ctx)
        return Resolution(Point(grain="decade", year=year, decade=year // 10), explicit_year=True)
    text = slots["decade"].lstrip("'’").rstrip("sS")
    if len(text) == 4:
        decade = int(text) // 10
    else:
        year = _century_year(int(text), ctx)
        decade = year // 10
    return Resolution(Point(grain="decade", year=decade * 10, decade=decade), explicit_year=True)


def _century(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    number = parse_ordinal(slots["century"], grammar.lexicon.numbers)
    if number is None or number < 1:
        return None
    century = number - 1
    if "era" in slots and slots["era"].upper().startswith("B"):
        century = -number
    return Resolution(Point(grain="century", year=century * 100, century=century), explicit_year=True)


def _month(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    month: int = grammar.meaning("month", slots["month"])
    day = int(slots["day"].rstrip("stndrhSTNDRH")) if "day" in slots else None
    grain: Grain = "day" if day else "month"
    year = _explicit_year(slots, grammar)
    if year is not None:
        if year > 0:
            dt.date(year, month, day or 1)  # rejects 30 February
        return _week_of(Resolution(Point(grain=grain, year=year, month=month, day=day), explicit_year=True), slots)
    if day:
        dt.date(2000, month, day)  # a leap year: 29 February is a date
    if "unit" in slots:  # "August of that year", "24 January of the same year"
        reference = ctx.reference(before=slots.start)
        if reference is None or reference.point.year is None:
            return Resolution(Point(grain=grain, month=month, day=day))
        point = Point(grain=grain, year=reference.point.year, month=month, day=day)
        return Resolution(point, anchor=reference.id)
    reference = ctx.year_reference(before=slots.start)
    if reference is not None and reference.point.year is not None:
        point = Point(grain=grain, year=reference.point.year, month=month, day=day)
        return _week_of(Resolution(point, anchor=reference.id), slots)
    dct = ctx.document_date
    if dct is None:
        return Resolution(Point(grain=grain, month=month, day=day))
    direction = ctx.direction(slots.start, slots.end)
    if day is None:
        year = _period_year(month, 1, dct, direction)
        return Resolution(Point(grain="month", year=year, month=month), anchor="DCT")
    dates = [_safe_date(year, month, day) for year in (dct.year - 1, dct.year, dct.year + 1)]
    chosen = _pick([date for date in dates if date is not None], dct, direction)
    return _week_of(Resolution(point_of_date(chosen, "day"), anchor="DCT"), slots)


def _week_of(resolution: Resolution, slots: Slots) -> Resolution:
    """"The week of March 6" is the week that contains the day."""
    if "week_of" not in slots:
        return resolution
    date = start_date(resolution.point)
    if date is None:
        return replace(resolution, point=Point(grain="week", year=resolution.point.year))
    return replace(resolution, point=point_of_date(date, "week"))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _signed_year(year: int, slots: Slots) -> int:
    if "era" in slots and slots["era"].upper().startswith("B"):
        return -year
    return year


def _year(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    if "year2" in slots:
        year = _century_year(int(slots["year2"].lstrip("'’")), ctx)
    else:
        year = _signed_year(int(slots.texts.get("year") or slots["yearnum"]), slots)
    if "season" in slots:
        season = grammar.meaning("season", slots["season"])
        return Resolution(Point(grain="season", year=year, season=season), explicit_year=True)
    if "period_of" in slots:  # "the 1988 period" in a story about a quarter: that quarter in 1988
        period = ctx.reference(before=slots.start, grain="quarter")
        if period is not None:
            return Resolution(replace(period.point, year=year), explicit_year=True)
    return Resolution(Point(grain="year", year=year), explicit_year=True)


def _explicit_year(slots: Slots, grammar: Grammar) -> int | None:
    """The year the expression names, in digits or in words ("nineteen ninety-six"), BC negative."""
    if "year" in slots:
        return _signed_year(int(slots["year"]), slots)
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
    tail = parse_number(" ".join(rest), numbers) if rest else 0.0
    if tail is None or not century:
        return None
    return century * 100 + int(tail)


def _spelled_year(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    year = _spelled_year_value(slots["spelled_year"], grammar)
    if year is None:
        return None
    if "season" in slots:
        season = grammar.meaning("season", slots["season"])
        return Resolution(Point(grain="season", year=year, season=season), explicit_year=True)
    return Resolution(Point(grain="year", year=year), explicit_year=True)


def _the_quarter(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """"The quarter" a business story talks about: the last one it named, else the last one ended."""
    dct = ctx.document_date
    if slots.texts.get("period_rel", "").lower() == "current":
        return Resolution(point_of_date(dct, "quarter"), anchor="DCT") if dct else Resolution(Point(grain="quarter"))
    reference = ctx.reference(before=slots.start, grain="quarter")
    if reference is not None:
        return Resolution(reference.point, anchor=reference.id)
    if dct is None:
        return Resolution(Point(grain="quarter"))
    return Resolution(shift(point_of_date(dct, "quarter"), "M", -3), anchor="DCT")


def _weekend(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """"The weekend": the one just past in a past clause, the coming one in a future clause."""
    dct = ctx.document_date
    if dct is None:
        return Resolution(Point(grain="weekend"))
    direction = ctx.direction(slots.start, slots.end)
    weekend = point_of_date(dct, "weekend")
    if direction <= 0 and dct.isoweekday() < 6:
        weekend = shift(weekend, "W", -1)
    return Resolution(weekend, anchor="DCT")


def _year_end(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """The second year of "1915-17": in the century of the first, after it."""
    first = int(slots["year"])
    year = first // 100 * 100 + int(slots["year_end"])
    if year <= first:
        year += 100
    return Resolution(Point(grain="year", year=year), explicit_year=True)


def _century_year(two_digits: int, ctx: Context) -> int:
    """The full year of "'98": the one nearest the document date (the 1900s without one)."""
    if ctx.document_date is None:
        return 1900 + two_digits
    return min((1900 + two_digits, 2000 + two_digits), key=lambda year: abs(year - ctx.document_date.year))


def _season(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    season = grammar.meaning("season", slots["season"])
    reference = ctx.year_reference(before=slots.start)
    if reference is not None:
        return Resolution(Point(grain="season", year=reference.point.year, season=season), anchor=reference.id)
    dct = ctx.document_date
    if dct is None:
        return Resolution(Point(grain="season", season=season))
    direction = ctx.direction(slots.start, slots.end)
    if direction == 0:
        return Resolution(Point(grain="season", year=dct.year, season=season), anchor="DCT")
    starts = [_season_start(season, year) for year in (dct.year - 1, dct.year, dct.year + 1)]
    chosen = _pick(starts, dct, direction, reach=None)
    return Resolution(Point(grain="season", year=chosen.year, season=season), anchor="DCT")


def _weekday(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    weekday: int = grammar.meaning("weekday", slots["weekday"])
    direction = ctx.direction(slots.start, slots.end)
    reference = ctx.reference(before=slots.start, finest=True) if ctx.narrative else None
    if reference is not None:
        base, anchor = start_date(reference.point), reference.id
        direction = direction or 1  # a narrative moves forward
    else:
        base, anchor = ctx.document_date, "DCT"
        direction = direction or -1  # news mostly reports what happened
    if base is None:
        return Resolution(Point(grain="day", weekday=weekday))
    if direction < 0:
        days = -((base.isoweekday() - weekday) % 7)
    else:
        days = (weekday - base.isoweekday()) % 7
    return Resolution(point_of_date(base + dt.timedelta(days=days), "day"), anchor=anchor)


def _reference_day(slots: Slots, ctx: Context) -> Resolution:
    """The day a bare time of day ("at 10 a.m.", "the morning") belongs to."""
    reference = ctx.reference(before=slots.start, finest=True, same_sentence=True)
    if reference is None and ctx.narrative:
        reference = ctx.reference(before=slots.start, finest=True)
    if reference is not None:
        return Resolution(reference.point, anchor=reference.id)
    if ctx.document_date is None:
        return Resolution(Point(grain="day"))
    return Resolution(point_of_date(ctx.document_date, "day"), anchor="DCT")


# "The latter half", "the final quarter": the last one of the year.
_LAST = {"half": {"latter": 2, "last": 2}, "quarter": {"final": 4, "last": 4}}

_Handler = Callable[[Slots, Context, Grammar], Resolution | None]
# Which slot decides how a point is read, most specific first.
_HANDLERS: list[tuple[str, _Handler]] = [
    ("iso", _iso),
    ("rel", _relative),
    ("holiday", _holiday),
    ("drel", _discourse),
    ("deictic", _deictic),
    ("quarter", _quarter),
    ("quarter_digit", _quarter),
    ("half", _quarter),
    ("decade", _decade),
    ("decade_word", _decade),
    ("century", _century),
    ("month", _month),
    ("year_end", _year_end),
    ("year", _year),
    ("year2", _year),
    ("yearnum", _year),
    ("spelled_year", _spelled_year),
    ("period", _the_quarter),
    ("weekend", _weekend),
    ("season", _season),
    ("weekday", _weekday),
]
