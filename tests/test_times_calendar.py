"""Calendar points: their TIMEX3 values and moving them by units."""

import datetime as dt

import pytest

from dateline.stages.times.calendar import Point, point_of_date, shift

DAY = dt.date(2025, 4, 17)  # a Thursday in ISO week 16


@pytest.mark.parametrize(
    ("grain", "value"),
    [
        ("day", "2025-04-17"),
        ("week", "2025-W16"),
        ("weekend", "2025-W16-WE"),
        ("month", "2025-04"),
        ("quarter", "2025-Q2"),
        ("half", "2025-H1"),
        ("season", "2025-SP"),
        ("year", "2025"),
        ("decade", "202"),
        ("century", "20"),
    ],
)
def test_values_by_grain(grain: str, value: str) -> None:
    assert point_of_date(DAY, grain=grain).value == value  # type: ignore[arg-type]


def test_unknown_and_partial_values() -> None:
    assert Point(grain="day", month=2, day=14).value == "XXXX-02-14"
    assert Point(grain="day", weekday=7).value == "XXXX-WXX-7"
    assert Point(grain="year", year=-490).value == "BC0490"
    assert Point(grain="day", year=2025, month=4, day=13, part="MO").value == "2025-04-13TMO"


def test_january_is_in_the_winter_that_began_the_year_before() -> None:
    assert point_of_date(dt.date(2025, 1, 15), grain="season").value == "2024-WI"


@pytest.mark.parametrize(
    ("point", "unit", "amount", "value"),
    [
        (point_of_date(DAY, grain="quarter"), "Y", -1, "2024-Q2"),
        (point_of_date(DAY, grain="week"), "W", -1, "2025-W15"),
        (point_of_date(DAY, grain="month"), "M", -4, "2024-12"),
        (point_of_date(DAY, grain="day"), "D", 14, "2025-05-01"),
        (point_of_date(dt.date(2024, 2, 29), grain="day"), "Y", 1, "2025-02-28"),
        (Point(grain="year", year=2011), "Y", 2, "2013"),
        (Point(grain="year", year=-490), "Y", 10, "BC0480"),
    ],
)
def test_shift_keeps_the_grain(point: Point, unit: str, amount: int, value: str) -> None:
    assert shift(point, unit=unit, amount=amount).value == value


def test_shift_keeps_the_time_of_day() -> None:
    morning = Point(grain="day", year=2025, month=4, day=17, part="MO")
    assert shift(morning, unit="D", amount=1).value == "2025-04-18TMO"
