"""Choosing the year of a date named without one, from the document date and the clause's tense."""

from __future__ import annotations

import datetime as dt

from dateline.stages.times.calendar import add_months

__all__ = ["TENSE_REACH", "century_year", "period_year", "pick_date"]

# Days: a date further than this in the direction of the clause's tense loses to the nearest one
# ("payable Dec. 7" in a story dated November is next month, whatever the clause's other verbs).
TENSE_REACH = 285


def pick_date(
    dates: list[dt.date], *, dct: dt.date, direction: int, reach: int | None = TENSE_REACH
) -> dt.date:
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


def period_year(first_month: int, *, months: int, dct: dt.date, direction: int) -> int:
    """The year of a month, quarter or half named without one: as :func:`pick_date`, with distances
    to the whole period (the one that has begun in a past clause, the one not over in a future one)."""

    def bounds(year: int) -> tuple[dt.date, dt.date]:
        first = dt.date(year, first_month, 1)
        return first, add_months(first, months=months) - dt.timedelta(days=1)

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
    return chosen if distance(chosen) <= TENSE_REACH else nearest


def century_year(two_digits: int, *, document_date: dt.date | None) -> int:
    """The full year of "'98": the one nearest the document date (the 1900s without one)."""
    if document_date is None:
        return 1900 + two_digits
    target = document_date.year
    return min((1900 + two_digits, 2000 + two_digits), key=lambda year: abs(year - target))
