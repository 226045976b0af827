"""Seasons (TIMEX3 SP, SU, FA, WI), with or without a year."""

import datetime as dt

import pytest

from dateline.stages.times import find_times

APRIL = dt.date(2025, 4, 17)


def values(text: str, date: dt.date | None = APRIL) -> dict[str, str]:
    return {time.text: time.value for time in find_times(text, document_date=date)}


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("this summer", "2025-SU"),
        ("last summer", "2024-SU"),
        ("next winter", "2025-WI"),
        ("last winter", "2024-WI"),
    ],
)
def test_relative_seasons(phrase: str, value: str) -> None:
    assert values(f"Rosa Quint plans a tour {phrase}.")[phrase] == value


def test_season_with_a_year() -> None:
    assert values("The band split in the autumn of 1998.", None) == {"the autumn of 1998": "1998-FA"}


def test_fall_the_verb_is_not_a_season() -> None:
    assert values("Prices may fall further, said Jo Blum.") == {}


def test_the_spring_of_next_year() -> None:
    assert values("The film opens in the spring of next year.") == {"the spring of next year": "2026-SP"}


def test_season_without_a_date_keeps_its_year_unknown() -> None:
    assert values("The album comes out this summer.", None) == {"this summer": "XXXX-SU"}


def test_the_fall_in_a_quantity_is_a_drop() -> None:
    # "the fall in sales" is a decline; the autumn stays a season before a comma or "of" a year.
    assert values("Mira Olsen blamed the fall in sales on the weather.") == {}
    assert values("In the fall, Mira Olsen sold the farm.", None) == {"the fall": "XXXX-FA"}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # written inside the season: a future clause means the season not over yet, a past one the season begun
        ("Rosa Quint and Ben Ade will marry in the spring.", "2025-SP"),
        ("Rosa Quint toured in the spring.", "2025-SP"),
        ("Rosa Quint toured in the winter.", "2024-WI"),
        ("Rosa Quint will tour in the winter.", "2025-WI"),
        ("Rosa Quint will tour in the summer.", "2025-SU"),
    ],
)
def test_a_season_named_within_it_is_that_season(sentence: str, value: str) -> None:
    """ "will marry in the spring", written on 10 March, gave the next year's spring: the spring that had
    begun was passed over as if it were over."""
    (found,) = values(sentence, dt.date(2025, 3, 10)).values()
    assert found == value
