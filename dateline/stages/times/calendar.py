"""Calendar points at a granularity, their TIMEX3 values, and moving them in time."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from dataclasses import dataclass, replace
from typing import Literal

from dateline.stages.times.lexicon import Holiday, Unit, load_times_lexicon

__all__ = [
    "Grain",
    "Point",
    "add_months",
    "easter_sunday",
    "grain_unit",
    "holiday_date",
    "point_of_date",
    "season_start",
    "shift",
    "shift_undated",
    "start_date",
    "unit_grain",
]

Grain = Literal["century", "decade", "year", "half", "quarter", "season", "month", "week", "weekend", "day"]

_GRAIN_UNITS: dict[str, tuple[str, int]] = {
    "century": ("Y", 100),
    "decade": ("Y", 10),
    "year": ("Y", 1),
    "half": ("M", 6),
    "quarter": ("M", 3),
    "season": ("Y", 1),
    "month": ("M", 1),
    "week": ("D", 7),
    "weekend": ("D", 7),
    "day": ("D", 1),
}


@dataclass(frozen=True)
class Point:
    """A calendar point or period at a granularity; ``year`` None is an unknown year (XXXX).

    Week points use the ISO year. BC years are negative (490 BC is -490). A day point may carry a
    time of day: a ``clock`` time ("10:35", with ``zone``) or a ``part`` of the day (MO, AF, EV, NI).
    """

    grain: Grain
    year: int | None = None
    month: int | None = None
    day: int | None = None
    week: int | None = None
    weekday: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None
    century: int | None = None
    part: str | None = None
    clock: str | None = None
    zone: str | None = None

    @property
    def has_time(self) -> bool:
        """Whether the point names a time of day."""
        return self.clock is not None or self.part is not None

    @property
    def value(self) -> str:
        """The TIMEX3 value: ``2025``, ``2025-02``, ``2025-W16-WE``, ``2025-04-13TMO``, ``199`` ..."""
        head = _year_text(self.year)
        if self.grain == "century":  # the first century BC (century 0 of a year BC) is BC00
            return "BC00" if self.century == 0 and (self.year or 0) < 0 else _era(self.century, 2)
        if self.grain == "decade":
            return _era(self.decade, 3)
        if self.grain == "year":
            return head
        if self.grain in ("half", "quarter", "season"):
            tail = {"half": f"H{self.half}", "quarter": f"Q{self.quarter}", "season": f"{self.season}"}
            return f"{head}-{tail[self.grain]}"
        if self.grain in ("week", "weekend"):
            week = "WXX" if self.week is None else f"W{self.week:02d}"
            return f"{head}-{week}" + ("-WE" if self.grain == "weekend" else "")
        month = "XX" if self.month is None else f"{self.month:02d}"
        if self.grain == "month":
            return f"{head}-{month}"
        if self.day is None and self.weekday is not None and self.month is None:
            date = f"{head}-WXX-{self.weekday}"
        else:
            date = f"{head}-{month}-" + ("XX" if self.day is None else f"{self.day:02d}")
        if self.clock is not None:
            return f"{date}T{self.clock}{self.zone or ''}"
        if self.part is not None:
            return f"{date}T{self.part}"
        return date


def _year_text(year: int | None) -> str:
    if year is None:
        return "XXXX"
    return f"BC{-year:04d}" if year < 0 else f"{year:04d}"


def _era(number: int | None, width: int) -> str:
    if number is None:
        return "X" * width
    return f"BC{-number:0{width}d}" if number < 0 else f"{number:0{width}d}"


def point_of_date(date: dt.date, *, grain: Grain) -> Point:
    """The point of ``grain`` that contains ``date``."""
    if grain in ("week", "weekend"):
        iso = date.isocalendar()
        return Point(grain=grain, year=iso.year, week=iso.week)
    if grain == "day":
        return Point(grain="day", year=date.year, month=date.month, day=date.day)
    if grain == "month":
        return Point(grain="month", year=date.year, month=date.month)
    if grain == "quarter":
        return Point(grain="quarter", year=date.year, quarter=(date.month - 1) // 3 + 1)
    if grain == "half":
        return Point(grain="half", year=date.year, half=(date.month - 1) // 6 + 1)
    if grain == "season":
        season, year = _season_of(date)
        return Point(grain="season", year=year, season=season)
    if grain == "decade":
        return Point(grain="decade", year=date.year, decade=date.year // 10)
    if grain == "century":
        return Point(grain="century", year=date.year, century=date.year // 100)
    return Point(grain="year", year=date.year)


@functools.lru_cache(maxsize=1)
def _season_months() -> dict[str, tuple[int, ...]]:
    return {season.code: tuple(season.months) for season in load_times_lexicon().calendar.seasons}


def _season_of(date: dt.date) -> tuple[str, int]:
    """The season containing ``date`` and its year (the year the season starts in)."""
    for season, months in _season_months().items():
        if date.month in months:
            return season, date.year - (1 if date.month < months[0] else 0)
    return "XX", date.year


def start_date(point: Point) -> dt.date | None:
    """The first day of ``point``, or None when its year is unknown or BC."""
    year = point.year
    if point.grain == "century" and point.century is not None and point.century >= 0:
        return dt.date(max(point.century * 100, 1), 1, 1)
    if point.grain == "decade" and point.decade is not None and point.decade >= 0:
        return dt.date(max(point.decade * 10, 1), 1, 1)
    if year is None or year < 1:
        return None
    if point.grain in ("week", "weekend"):
        if point.week is None:
            return None
        return dt.date.fromisocalendar(year, point.week, 6 if point.grain == "weekend" else 1)
    month = {
        "half": 1 + 6 * ((point.half or 1) - 1),
        "quarter": 1 + 3 * ((point.quarter or 1) - 1),
        "season": _season_months().get(point.season or "", (1,))[0],
    }.get(point.grain, point.month or 1)
    if point.grain == "day" and (point.month is None or point.day is None):
        return None
    return dt.date(year, month, point.day if point.grain == "day" and point.day else 1)


def add_months(date: dt.date, *, months: int) -> dt.date:
    """``date`` moved by whole months, keeping the day where the month has it."""
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise OverflowError("year out of range")
    last_day = calendar.monthrange(year, month + 1)[1]
    return date.replace(year=year, month=month + 1, day=min(date.day, last_day))


def shift(point: Point, *, unit: str, amount: int) -> Point:
    """``point`` moved by ``amount`` units (TIMEX3 unit codes Y, Q, M, W, D ...), at its own granularity."""
    if amount == 0:
        return point
    if point.grain in ("century", "decade", "year", "season") or point.year is None or point.year < 1:
        years = {"Y": amount, "Q": amount // 4, "M": amount // 12}.get(unit, 0)
        return _shift_years(point, years)
    if point.grain in ("week", "weekend") and unit == "Y" and point.week is not None and point.week < 53:
        return replace(point, year=point.year + amount)  # "the same week last year": the same week number
    start = start_date(point)
    if start is None:
        return point
    try:
        if unit in ("Y", "Q", "M"):
            moved = add_months(start, months=amount * {"Y": 12, "Q": 3, "M": 1}[unit])
        else:
            days = {"W": 7, "WE": 7, "D": 1}.get(unit, 0) * amount
            moved = start + dt.timedelta(days=days)
    except (OverflowError, ValueError):
        return point
    result = point_of_date(moved, grain=point.grain)
    return replace(result, part=point.part, clock=point.clock, zone=point.zone)


# Two years that stand for any year: a common one and a leap one. A day of unknown year moved by days or
# months is known only where both give the same day ("two days after 28 February" is not).
_ANY_YEARS = (2001, 2004)


def shift_undated(point: Point, *, unit: str, amount: int) -> Point | None:
    """A day or month of unknown year moved by days, weeks or months, where the text still tells which
    ("four days after 14 June" is XXXX-06-18, "two days after Saturday" XXXX-WXX-1, "four months after
    April" XXXX-08); None where it does not (years, or a move across a 29 February)."""
    days = {"W": 7, "WE": 7, "D": 1}.get(unit, 0) * amount
    months = {"Q": 3, "M": 1}.get(unit, 0) * amount
    if point.year is not None or unit == "Y" or not (days or months):
        return None
    if point.grain == "month" and point.month is not None and months:
        return replace(point, month=(point.month - 1 + months) % 12 + 1)
    if point.grain != "day":
        return None
    if point.month is None and point.day is None and point.weekday is not None and days:
        return replace(point, weekday=(point.weekday - 1 + days) % 7 + 1)
    if point.month is None or point.day is None:
        return None
    found = (_moved(year, point, days=days, months=months) for year in _ANY_YEARS)
    moved = {day for day in found if day is not None}
    if len(moved) != 1:
        return None
    month, day = moved.pop()
    return replace(point, month=month, day=day, weekday=None)


def _moved(year: int, point: Point, *, days: int, months: int) -> tuple[int, int] | None:
    try:
        start = dt.date(year, point.month or 1, point.day or 1)
    except ValueError:  # 29 February of a common year
        return None
    moved = add_months(start, months=months) + dt.timedelta(days=days)
    return moved.month, moved.day


def _shift_years(point: Point, years: int) -> Point:
    if point.year is None or years == 0:
        return point
    year = point.year + years
    if point.grain == "decade" and point.decade is not None:
        return replace(point, year=year, decade=point.decade + years // 10)
    if point.grain == "century" and point.century is not None:
        return replace(point, year=year, century=point.century + years // 100)
    return replace(point, year=year)


def grain_unit(grain: Grain) -> tuple[str, int]:
    """The unit and count a step of one ``grain`` moves by ("quarter" is 3 months)."""
    return _GRAIN_UNITS[grain]


def easter_sunday(year: int) -> dt.date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_date(holiday: Holiday, *, year: int) -> dt.date:
    """The date of ``holiday`` in ``year``."""
    if holiday.date is not None:
        return dt.date(year, *holiday.date)
    if holiday.easter is not None:
        return easter_sunday(year) + dt.timedelta(days=holiday.easter)
    rule = holiday.nth_weekday
    assert rule is not None  # the lexicon model checks that a holiday has one rule
    if rule.n > 0:
        first = dt.date(year, rule.month, 1) + dt.timedelta(days=rule.after_day)
        offset = (rule.weekday - first.isoweekday()) % 7
        day = first + dt.timedelta(days=offset + 7 * (rule.n - 1))
    else:
        last = dt.date(year, rule.month, calendar.monthrange(year, rule.month)[1])
        offset = (last.isoweekday() - rule.weekday) % 7
        day = last - dt.timedelta(days=offset + 7 * (-rule.n - 1))
    return day + dt.timedelta(days=rule.plus_days)


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


def unit_grain(unit: Unit) -> Grain | None:
    """The calendar grain a unit steps by ("week" for weeks), or None for hours and smaller (a minute's
    code is a month's: "ten minutes ago" is no month)."""
    return None if unit.time else _UNIT_GRAINS.get((unit.code, unit.factor))


def season_start(season: str, *, year: int) -> dt.date:
    """The first day of ``season`` in ``year``."""
    start = start_date(Point(grain="season", year=year, season=season))
    assert start is not None  # a known year after 1 AD has a start
    return start
