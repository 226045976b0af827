"""TIMEX3 values as calendar intervals, for sorting and filtering facts by time."""

from __future__ import annotations

import calendar
import datetime as dt
import re

__all__ = ["value_interval", "value_label"]

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_HALVES = {"H1": (1, 6), "H2": (7, 12)}
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


def value_label(value: str) -> str:
    """A TIMEX3 value as a reader says it where the code is no word: "2025-SU" is "summer 2025"; other
    values ("1987", "2025-02-14") read as they are.

    >>> value_label("2025-SU")
    'summer 2025'
    """
    year, _, season = value.partition("-")
    return f"{_SEASON_NAMES[season]} {year}" if season in _SEASON_NAMES and year.isdigit() else value


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return dt.date(year, first, 1), dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])


def _week(year: int, week: int, weekend: bool) -> tuple[dt.date, dt.date]:
    monday = dt.date.fromisocalendar(year, week, 1)
    if weekend:
        return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
    return monday, monday + dt.timedelta(days=6)


def value_interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a TIMEX3 DATE/TIME value covers, or None when it is not a calendar point.

    >>> value_interval("2025-02")
    (datetime.date(2025, 2, 1), datetime.date(2025, 2, 28))
    >>> value_interval("2025-SU")
    (datetime.date(2025, 6, 1), datetime.date(2025, 8, 31))
    >>> value_interval("199")
    (datetime.date(1990, 1, 1), datetime.date(1999, 12, 31))
    >>> value_interval("PRESENT_REF") is None
    True
    """
    if not value:
        return None
    try:
        return _interval(value)
    except ValueError:  # e.g. 2025-02-30 or week 54: not a real calendar point
        return None


def _interval(value: str) -> tuple[dt.date, dt.date] | None:
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(T.*)?", value):
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
        return day, day
    if match := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return _months(int(match[1]), int(match[2]), int(match[2]))
    if match := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        return _week(int(match[1]), int(match[2]), bool(match[3]))
    if match := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        return _months(int(match[1]), *_SEASONS[match[2]])
    if match := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        quarter = int(match[2])
        return _months(int(match[1]), 3 * quarter - 2, 3 * quarter)
    if match := re.fullmatch(r"(\d{4})-(H[12])", value):
        return _months(int(match[1]), *_HALVES[match[2]])
    if match := re.fullmatch(r"(\d{4})", value):
        return _months(int(match[1]), 1, 12)
    if match := re.fullmatch(r"(\d{3})", value):
        decade = int(match[1]) * 10
        return dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31)
    if match := re.fullmatch(r"(\d{2})", value):
        century = int(match[1]) * 100
        return dt.date(max(century, 1), 1, 1), dt.date(century + 99, 12, 31)
    return None
