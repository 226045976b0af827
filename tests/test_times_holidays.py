"""Holidays are dated by their rule: a fixed day, the n-th weekday of a month, or Easter."""

import datetime as dt

import pytest

from dateline.stages.times import find_times
from dateline.stages.times.calendar import easter_sunday, holiday_date
from dateline.stages.times.lexicon import load_times_lexicon


def holiday(name: str):
    for entry in load_times_lexicon().holidays.holidays:
        if name in entry.names:
            return entry
    raise KeyError(name)


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2024, dt.date(2024, 3, 31)),
        (2025, dt.date(2025, 4, 20)),
        (2000, dt.date(2000, 4, 23)),
        (1818, dt.date(1818, 3, 22)),
    ],
)
def test_easter_by_the_computus(year: int, easter: dt.date) -> None:
    assert easter_sunday(year) == easter


@pytest.mark.parametrize(
    ("name", "year", "date"),
    [
        ("Valentine's Day", 2025, dt.date(2025, 2, 14)),
        ("Thanksgiving", 2025, dt.date(2025, 11, 27)),  # fourth Thursday of November
        ("Thanksgiving", 2024, dt.date(2024, 11, 28)),
        ("Cyber Monday", 2024, dt.date(2024, 12, 2)),  # the Monday after Thanksgiving
        ("Memorial Day", 2025, dt.date(2025, 5, 26)),  # last Monday of May
        ("Election Day", 2024, dt.date(2024, 11, 5)),  # Tuesday after the first Monday
        ("Election Day", 2022, dt.date(2022, 11, 8)),
        ("Good Friday", 2025, dt.date(2025, 4, 18)),
    ],
)
def test_holiday_rules(name: str, year: int, date: dt.date) -> None:
    assert holiday_date(holiday(name), year=year) == date


def values(text: str, date: dt.date | None) -> dict[str, str]:
    return {time.text: time.value for time in find_times(text, document_date=date)}


def test_holiday_in_a_past_clause_is_the_last_one() -> None:
    text = "Nina Volk and Piet Aal dined out on Valentine's Day."
    assert values(text, dt.date(2025, 4, 17))["Valentine's Day"] == "2025-02-14"


def test_holiday_in_a_future_clause_is_the_next_one() -> None:
    text = "Nina Volk will host a party on Halloween."
    assert values(text, dt.date(2025, 4, 17))["Halloween"] == "2025-10-31"


def test_holiday_with_a_year() -> None:
    assert values("They married on Christmas Eve, 2019.", None) == {"Christmas Eve, 2019": "2019-12-24"}


def test_curly_apostrophe_and_missing_possessive() -> None:
    date = dt.date(2025, 4, 17)
    assert values("The show opened on New Year’s Eve.", date) == {"New Year’s Eve": "2024-12-31"}
    assert values("The show opened on Valentines Day.", date) == {"Valentines Day": "2025-02-14"}


def test_last_thanksgiving() -> None:
    found = values("Omar Sy visited last Thanksgiving.", dt.date(2025, 4, 17))
    assert found == {"last Thanksgiving": "2024-11-28"}


def test_movable_holiday_without_a_date_is_unknown() -> None:
    assert values("The fair opens at Easter.", None) == {"Easter": "XXXX-XX-XX"}
    assert values("The fair opens at Christmas.", None) == {"Christmas": "XXXX-12-25"}


def test_named_day_that_no_rule_dates_is_not_the_nearest_weekday() -> None:
    # "Black Monday" is a named day (a crash), not the Monday before the document date.
    text = "Traders marked the anniversary of Black Monday on Friday, and Super Tuesday 2008 was close."
    times = find_times(text, document_date=dt.date(2007, 10, 20))
    assert [(t.text, t.value) for t in times] == [
        ("Black Monday", "XXXX-XX-XX"),
        ("Friday", "2007-10-19"),
        ("Super Tuesday 2008", "2008-XX-XX"),
    ]


def test_a_part_of_a_holiday_is_a_time_of_that_day() -> None:
    text = "Ines Roca crossed the river on Christmas night and rested on New Year's Day morning."
    times = find_times(text, document_date=dt.date(2025, 4, 17))
    assert [(t.text, t.type, t.value) for t in times] == [
        ("Christmas night", "TIME", "2024-12-25TNI"),
        ("New Year's Day morning", "TIME", "2025-01-01TMO"),
    ]


@pytest.mark.parametrize(
    "text",
    ["Ada Moss lit the Christmas tree.", "Ada Moss hid the Easter eggs.", "Ada Moss sent a Christmas card."],
)
def test_a_holiday_before_a_noun_of_a_thing_makes_a_kind_of_thing_not_a_date(text: str) -> None:
    assert find_times(text, document_date=dt.date(2025, 4, 17)) == []


def test_a_holiday_before_a_noun_of_what_happens_then_stays_a_date() -> None:
    (time,) = find_times("Christmas sales rose, Ada Moss said.", document_date=dt.date(2025, 4, 17))
    assert (time.text, time.value) == ("Christmas", "2024-12-25")


_AFTER_2001 = dt.date(2016, 9, 22)


@pytest.mark.parametrize(
    "text",
    [
        "The fund helps families of 9/11 victims, Ada Moss said.",
        "Since 9/11, the airport has searched every bag.",
        "The bill marks the anniversary of the Sept. 11 attacks.",
        "Ada Moss lost a brother in the September 11th terrorist attacks.",
    ],
)
def test_a_named_past_event_is_dated_on_its_day_not_in_the_story_year(text: str) -> None:
    (time,) = find_times(text, document_date=_AFTER_2001)
    assert (time.value, time.anchor) == ("2001-09-11", None)


def test_a_month_and_day_without_the_event_noun_stay_a_day_of_the_story() -> None:
    (time,) = find_times("The vote was held on Sept. 11, Ada Moss said.", document_date=_AFTER_2001)
    assert (time.value, time.anchor) == ("2016-09-11", "DCT")


def test_a_name_that_needs_a_noun_is_an_event_only_before_one() -> None:
    times = find_times("Veterans of the D-Day landings met. It is D-Day for the reform.", document_date=_AFTER_2001)
    assert [(time.text, time.value) for time in times] == [("D-Day", "1944-06-06")]


@pytest.mark.parametrize(
    "text",
    ["Ada Moss liked the film Fahrenheit 9/11 best.", "Fahrenheit 9/11 won the prize, Ada Moss said."],
)
def test_an_event_name_after_a_capitalised_word_is_part_of_a_title(text: str) -> None:
    assert find_times(text, document_date=_AFTER_2001) == []


def test_a_named_event_is_no_time_in_a_text_dated_before_it() -> None:
    assert find_times("Since 9/11, the airport has searched every bag.", document_date=dt.date(1999, 5, 1)) == []
    (time,) = find_times("Ada Moss recalled the Sept. 11 attacks.", document_date=dt.date(1999, 5, 1))
    assert (time.value, time.anchor) == ("1998-09-11", "DCT")  # another year's day: the event had not happened
