"""Durations: P2Y, PT3H, fractions, vague amounts (PXY) and quantity modifiers."""

import datetime as dt

import pytest

from dateline.stages.times import find_times


def found(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in find_times(text, document_date=dt.date(2025, 4, 17))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike lasted two years.", ("two years", "DURATION", "P2Y", None)),
        ("The talks lasted three hours.", ("three hours", "DURATION", "PT3H", None)),
        ("The flight took 5 1/2 hours.", ("5 1/2 hours", "DURATION", "PT5H30M", None)),
        ("The project ran for two and a half years.", ("two and a half years", "DURATION", "P2Y6M", None)),
        ("It signed a five-year deal.", ("five-year", "DURATION", "P5Y", None)),
        ("The siege lasted twenty-four days.", ("twenty-four days", "DURATION", "P24D", None)),
        ("She waited for several years.", ("several years", "DURATION", "PXY", None)),
        ("The feud went on for decades.", ("decades", "DURATION", "PXDE", None)),
        ("Rain fell for more than four hours.", ("more than four hours", "DURATION", "PT4H", "MORE_THAN")),
        ("Keep it for at least 30 days.", ("at least 30 days", "DURATION", "P30D", "EQUAL_OR_MORE")),
        ("Two decades passed.", ("Two decades", "DURATION", "P20Y", None)),
        ("Lu Brandt spoke for a minute and a half.", ("a minute and a half", "DURATION", "PT1M30S", None)),
        ("The vote took 2 1/2 minutes.", ("2 1/2 minutes", "DURATION", "PT2M30S", None)),
        ("The fair ran for a day and a half.", ("a day and a half", "DURATION", "P1DT12H", None)),
        ("Riots went on over the following days.", ("the following days", "DURATION", "PXD", None)),
        ("It ended the preceding years of strife.", ("the preceding years", "DURATION", "PXY", None)),
    ],
)
def test_durations(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert found(text) == [expected]


def test_the_past_n_years_is_a_duration_including_the() -> None:
    assert found("Sales rose over the past two years.") == [("the past two years", "DURATION", "P2Y", None)]


def test_ages_are_not_durations() -> None:
    assert found("Dan Oyo, a 44-year-old teacher, is 44 years old.") == []


def test_rates_are_not_durations() -> None:
    assert found("The firm pays $2 million a year and runs 40 flights a week.") == []


def test_a_word_in_s_that_is_no_plural_noun_does_not_make_a_rate() -> None:
    assert found("The appeal by Tove Lund could take as long as a month.") == [("a month", "DURATION", "P1M", None)]


def test_a_second_attack_is_not_a_second() -> None:
    assert found("A second attack followed.") == []


def test_a_quarter_of_the_votes_is_not_a_quarter() -> None:
    assert found("She won about a quarter of the votes.") == []


def test_in_years_is_a_vague_duration_but_minutes_of_a_meeting_are_no_time() -> None:
    assert found("Orvo Ltd grew for the first time in years.") == [("years", "DURATION", "PXY", None)]
    assert found("The bank said in minutes released today that rates would rise.") == [("today", "DATE", "2025-04-17", None)]


def test_over_the_years_is_a_vague_duration_but_not_before_a_year_range() -> None:
    assert found("The town of Vell changed a lot over the years.") == [("the years", "DURATION", "PXY", None)]
    assert [text for text, *_ in found("It was written over the years 1751-1777.")] == ["1751", "1777"]


def test_a_quarter_between_commas_before_of_is_a_fraction() -> None:
    assert found("Orvo Ltd will close 300, or about a quarter, of its stores.") == []


def test_quarters_in_a_row_are_no_fraction() -> None:
    assert found("Orvo Ltd posted two consecutive quarters of growth.") == [
        ("two consecutive quarters", "DURATION", "P2Q", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Noor Saleh ended a decades-long feud.", [("decades-long", "DURATION", "PXDE", None)]),
        ("Noor Saleh won after a months-long race.", [("months-long", "DURATION", "PXM", None)]),
        ("Noor Saleh chaired a day-long meeting.", [("day-long", "DURATION", "P1D", None)]),
        ("Noor Saleh ran an ultra-long race.", []),
    ],
)
def test_unit_long_adjectives_are_durations(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert found(text) == expected


def test_minutes_are_never_counted_as_months() -> None:
    """A minute's TIMEX3 code is a month's (M): a count of minutes is no count of months."""
    assert found("The guard left ten minutes ago.") == [("ten minutes ago", "DATE", "PAST_REF", None)]
    (later,) = find_times("Ten minutes later the guard left.", document_date=dt.date(2025, 4, 17))
    assert (later.value, later.resolved) == ("PT10M", None)
    assert found("Whatever the guard says at that minute, he means it.") == []


@pytest.mark.parametrize(
    "text",
    [
        "As the first half-dozen states voted, the mood changed.",
        "The winner will be clear in the first half-hour of the debate.",
        "The fund paid a quarter-million dollars in fees.",
        "The team reached the quarter-finals in style.",
        "The painting was found by an eleven year-old girl.",
        "The plan met doubts in some quarters of the party.",
    ],
)
def test_a_unit_or_half_opening_a_compound_or_quarters_as_places_are_no_time(text: str) -> None:
    assert found(text) == []


def test_a_plural_unit_before_old_is_a_vague_duration_not_an_age() -> None:
    assert found("The deal ended a decades-old feud.") == [("decades-old", "DURATION", "PXDE", None)]


def test_a_unit_before_long_or_and_a_half_keeps_its_duration() -> None:
    assert found("The band won a three month-long poll.") == [("three month-long", "DURATION", "P3M", None)]


def test_a_count_before_a_unit_in_long_is_one_duration_without_the_article() -> None:
    # "-long" joins the count and unit into one adjective, as "day-long" is one; the article is the noun's.
    assert found("The club sold the two hour-long tape.") == [("two hour-long", "DURATION", "PT2H", None)]
    assert found("The club sold a two hour-long tape.") == [("two hour-long", "DURATION", "PT2H", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The guard waited half an hour.", ("half an hour", "DURATION", "PT30M", None)),
        ("The guard waited a quarter of an hour.", ("a quarter of an hour", "DURATION", "PT15M", None)),
        ("Prices rose over the past quarter of a century.", ("the past quarter of a century", "DURATION", "P25Y", None)),
    ],
)
def test_fractions_of_a_unit_before_it(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert found(text) == [expected]


def test_several_quarters_of_losses_stay_a_duration() -> None:
    assert found("The firm lost money in several quarters.") == [("several quarters", "DURATION", "PXQ", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The judge ruled over a three-year period.", ("a three-year period", "DURATION", "P3Y", None)),
        ("The pact set a sixty-day period for the pullout.", ("a sixty-day period", "DURATION", "P60D", None)),
        ("Prices fell during the same 28-day period.", ("the same 28-day period", "DURATION", "P28D", None)),
        ("She served her one-year term in full.", ("one-year term", "DURATION", "P1Y", None)),
        ("It rained for a two-week stretch.", ("a two-week stretch", "DURATION", "P2W", None)),
    ],
)
def test_a_count_and_unit_before_a_noun_of_a_span_of_time_is_one_duration(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    # The noun names the span itself, so the noun phrase is the time; a possessive stays out.
    assert found(text) == [expected]


def test_a_count_and_unit_before_long_without_a_hyphen_is_one_duration() -> None:
    assert found("The army began a 3 year long siege.") == [("3 year long", "DURATION", "P3Y", None)]
    assert found("In the nine day long raid, they lost.") == [("nine day long", "DURATION", "P9D", None)]


def test_the_plural_units_ahead_are_a_vague_duration_but_not_before_of() -> None:
    assert found("Funds may sell bonds in the weeks ahead.") == [("the weeks ahead", "DURATION", "PXW", None)]
    assert found("They campaigned in the years ahead of the vote.") == []


def test_a_unit_and_a_half_written_with_hyphens_counts_the_half() -> None:
    assert found("It was an hour-and-a-half drive.") == [("an hour-and-a-half", "DURATION", "PT1H30M", None)]
    assert found("It was a month-and-a-half long siege.") == [("a month-and-a-half long", "DURATION", "P1M15D", None)]


@pytest.mark.parametrize(
    "text",
    [
        "About three million people a week watched the show.",
        "Pay rose from 5.5bn to 8.2bn a year.",
        "Tom Ruhl earned more than $1m a year.",
        "The clinic sees forty children a day.",
        "The label reissued the singles at the rate of one a week.",
    ],
)
def test_a_plural_without_s_or_an_amount_with_a_letter_makes_a_rate(text: str) -> None:
    assert found(text) == []


def test_a_fraction_of_a_second_is_written_as_a_decimal() -> None:
    """The smallest unit takes a decimal: "6.61 seconds" had been written PT6S1S."""
    assert found("Ira Voss ran the 60m in 6.61 seconds.") == [("6.61 seconds", "DURATION", "PT6.61S", None)]


def test_a_unit_opening_a_compound_written_with_spaces_is_no_time() -> None:
    """"a year on year comparison" is year-on-year, not one year long."""
    assert found("Sales of Kell Foods fell in a year on year comparison.") == []
