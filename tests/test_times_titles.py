"""A capitalised expression of words that are not names is a title ("60 Minutes", "This Week"), not a time."""

import datetime as dt

import pytest

from dateline.stages.times import find_times


def texts(text: str) -> list[str]:
    return [time.text for time in find_times(text, document_date=dt.date(2025, 4, 17))]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Brack told CBS's 60 Minutes that she would retire.",
        'Lena Brack said on ABC\'s "This Week" that she would retire.',
        "Lena Brack sang It's Now or Never at the gala.",
        "Lena Brack starred in High Noon Again, a remake.",
        "This Week With Lena Brack was cancelled.",
        'Lena Brack said on "60 Minutes" that she would retire.',
    ],
)
def test_titles_are_not_times(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Now Lena Brack sings.", ["Now"]),
        ('"Today we celebrate," said Lena Brack.', ["Today"]),
        ("Lena Brack sings on Christmas Day.", ["Christmas Day"]),
        ("Lena Brack sings on Friday Night.", ["Friday Night"]),
        ("Lena Brack sang for 60 minutes.", ["60 minutes"]),
        ('"Two Days later, she sang," said Lena Brack.', ["Two Days"]),
    ],
)
def test_capitals_at_a_sentence_start_or_on_names_are_kept(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_capitalised_part_of_the_day_after_a_weekday_is_a_show() -> None:
    assert texts("Lena Brack hosted Saturday Night Revue on Saturday night.") == ["Saturday night"]


def test_a_name_after_a_capitalised_modifier_in_mid_sentence_is_a_title() -> None:
    text = "Lena Brack won for Suddenly Last Summer and sang Wham's Last Christmas. Last May, she retired."
    assert texts(text) == ["Last May"]


def test_a_weekday_in_a_newspaper_name_is_no_date() -> None:
    text = "Lena Brack told the Sunday Times she would go, and a Sunday Telegraph writer left on Sunday."
    assert texts(text) == ["Sunday"]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reyes took to the morning shows to defend the plan.",
        "Tom Reyes hosts the Thursday night show on Radio Vale.",
        "Tom Reyes presents an early morning weekend show.",
        "Tom Reyes will fill the late-night timeslot.",
    ],
)
def test_a_part_of_the_day_before_a_broadcast_noun_is_a_slot_not_a_time(text: str) -> None:
    assert texts(text) == []


def test_a_part_of_the_day_with_a_possessive_show_stays_a_time() -> None:
    assert texts("Tom Reyes watched Saturday night's show.") == ["Saturday night"]
    assert texts("Tom Reyes spoke on Thursday night.") == ["Thursday night"]


def test_a_name_after_a_capitalised_contraction_in_mid_sentence_ends_a_title() -> None:
    assert texts("The choir recorded What's Monday For, a new song.") == []
    assert texts("The single Say It's Christmas topped the chart.") == []
    assert texts("It's Christmas, and Tom Reyes is home.") == ["Christmas"]
    assert texts("Tom Reyes said it's Christmas soon.") == ["Christmas"]
