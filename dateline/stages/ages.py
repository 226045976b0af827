"""Ages stated as of a date, and the birth-date intervals they imply."""

from __future__ import annotations

import datetime as dt

__all__ = ["birth_interval"]


def _minus_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def birth_interval(age: int, as_of: dt.date) -> tuple[dt.date, dt.date]:
    """The earliest and latest birth dates of someone who is ``age`` years old on ``as_of``.

    >>> birth_interval(36, dt.date(2025, 4, 17))
    (datetime.date(1988, 4, 18), datetime.date(1989, 4, 17))
    """
    latest = _minus_years(as_of, age)
    earliest = _minus_years(as_of, age + 1) + dt.timedelta(days=1)
    return earliest, latest
