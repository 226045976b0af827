"""Normalising calendar points: which handler reads a candidate's slots, and its time of day."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from dateline.stages.times.calendar import Point, shift, shift_undated
from dateline.stages.times.context import Context
from dateline.stages.times.dates import (
    century,
    decade,
    holiday,
    iso_date,
    month,
    named_event,
    quarter,
    season,
    spelled_year,
    year,
    year_end,
)
from dateline.stages.times.grammar import Grammar
from dateline.stages.times.relative import (
    deictic,
    discourse,
    reference_day,
    relative,
    the_quarter,
    weekday,
    weekend,
)
from dateline.stages.times.slots import Resolution, Slots

__all__ = ["resolve_point"]

_CLOCK = re.compile(
    r"(?P<hour>[0-9]{1,2})(?:[:.]?(?P<minute>[0-9]{2}))?\s*(?:(?P<am>a\.?m\.?|am)|(?P<pm>p\.?m\.?|pm))?", re.IGNORECASE
)


def resolve_point(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    """The point a ``point`` rule's slots name, with its time of day; None when it is not a valid date."""
    try:
        resolution = _date_part(slots, ctx, grammar)
        clock, zone, part = _time_of_day(slots, grammar)
    except ValueError:  # 30 February, hour 27 ...
        return None
    if resolution is None:
        return None
    if "beside" in slots:
        resolution = _day_beside(resolution, slots)
    if clock is None and part is None:
        return resolution
    point = resolution.point
    if point.grain != "day":
        if not _only_time(slots):
            return resolution
        day = reference_day(slots, ctx, grammar)
        point, resolution = day.point, day
    if _night_before_the_date(resolution, slots, ctx, clock=clock, part=part):
        point = shift(point, unit="D", amount=-1)
    return replace(resolution, point=replace(point, clock=clock, zone=zone, part=part or point.part))


def _day_beside(resolution: Resolution, slots: Slots) -> Resolution:
    """ "the day before last Tuesday": the day next to the one named, of unknown year when that is."""
    step = -1 if slots["beside"].lower() == "before" else 1
    point = resolution.point
    if point.year is not None:
        return replace(resolution, point=shift(point, unit="D", amount=step))
    moved = shift_undated(point, unit="D", amount=step)
    return replace(resolution, point=moved or Point(grain="day"))


def _night_before_the_date(
    resolution: Resolution, slots: Slots, ctx: Context, *, clock: str | None, part: str | None
) -> bool:
    """A night alone that falls back on the document date, in a past clause, is the night that ended on
    that day ("Obama was briefed throughout the night and early Monday" in Monday's story; "he struggled
    throughout the night" the day after a debate): the night of the date has not passed."""
    if part != "NI" or clock is not None or resolution.anchor != "DCT" or not _only_time(slots):
        return False
    return ctx.direction(slots.start, slots.end) < 0


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
    if (match.group("pm") or _pm_by_part(hour, part, grammar)) and hour < 12:
        hour += 12
    elif match.group("am") and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        raise ValueError("not a time of day")
    return f"{hour:02d}:{minute:02d}", zone, None


def _pm_by_part(hour: int, part: str | None, grammar: Grammar) -> bool:
    """Whether a part of the day makes the hour p.m.: "8 in the evening"."""
    for entry in grammar.lexicon.calendar.parts_of_day:
        if entry.code == part:
            return entry.pm_from is not None and hour >= entry.pm_from
    return False


def _date_part(slots: Slots, ctx: Context, grammar: Grammar) -> Resolution | None:
    for slot, handler in _HANDLERS:
        if slot in slots:
            return handler(slots, ctx, grammar)
    return reference_day(slots, ctx, grammar)


_Handler = Callable[[Slots, Context, Grammar], Resolution | None]


# Which slot decides how a point is read, most specific first.
_HANDLERS: list[tuple[str, _Handler]] = [
    ("iso", iso_date),
    ("rel", relative),
    ("holiday", holiday),
    ("event", named_event),
    ("event_before_noun", named_event),
    ("drel", discourse),
    ("deictic", deictic),
    ("quarter", quarter),
    ("quarter_digit", quarter),
    ("half", quarter),
    ("decade", decade),
    ("decade_word", decade),
    ("century", century),
    ("month", month),
    ("year_end", year_end),
    ("year", year),
    ("year2", year),
    ("yearnum", year),
    ("spelled_year", spelled_year),
    ("period", the_quarter),
    ("weekend", weekend),
    ("season", season),
    ("weekday", weekday),
]
