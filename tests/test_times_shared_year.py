"""A month whose year is written only after the next one takes that year ("in August and September 1914")."""

import datetime as dt

import pytest

from dateline.stages.times import find_times


def values(text: str, date: dt.date | None = dt.date(2025, 4, 17)) -> list[tuple[str, str]]:
    return [(time.text, time.value) for time in find_times(text, document_date=date)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mara Velt toured in August and September 1994.",
            [("August", "1994-08"), ("September 1994", "1994-09")],
        ),
        ("Mara Velt toured between March and April 1998.", [("March", "1998-03"), ("April 1998", "1998-04")]),
        (
            "Mara Velt toured from 20 March to 27 March 2004.",
            [("20 March", "2004-03-20"), ("27 March 2004", "2004-03-27")],
        ),
        (
            "Mara Velt toured from December to January 1995.",
            [("December", "1994-12"), ("January 1995", "1995-01")],
        ),
    ],
)
def test_first_month_takes_the_year_written_after_the_second(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


def test_first_month_is_anchored_to_the_dated_one() -> None:
    first, second = find_times(
        "Mara Velt toured in August and September 1994.", document_date=dt.date(2025, 4, 17)
    )
    assert first.anchor == second.id


def test_a_month_not_joined_to_the_dated_one_keeps_its_own_year() -> None:
    assert values("Mara Velt toured in August, when Ivo Lanz quit. In September 1994 she retired.")[0] == (
        "August",
        "2024-08",
    )
