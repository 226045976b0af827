"""Calendar dates at the granularity the text gives: years, months, days, decades, centuries, quarters."""

import datetime as dt

import pytest

from dateline.stages.times import find_times


def found(text: str, date: dt.date | None = dt.date(2025, 4, 17)) -> list[tuple[str, str]]:
    return [(time.text, time.value) for time in find_times(text, document_date=date)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm was founded in 2011.", [("2011", "2011")]),
        ("The firm was founded on Oct. 23, 1998.", [("Oct. 23, 1998", "1998-10-23")]),
        ("The firm was founded on 23 October 1998.", [("23 October 1998", "1998-10-23")]),
        ("The firm was founded in March 1998.", [("March 1998", "1998-03")]),
        ("The firm was founded on 1998-10-23.", [("1998-10-23", "1998-10-23")]),
        ("The firm grew in the 1990s.", [("the 1990s", "199")]),
        ("The firm grew in the nineties.", [("the nineties", "199")]),
        ("The firm grew in the 19th century.", [("the 19th century", "18")]),
        ("The city grew in the fifth century BC.", [("the fifth century BC", "BC04")]),
        ("The city grew in the 1st century BC.", [("the 1st century BC", "BC00")]),
        ("The city fell in 490 BC.", [("490 BC", "BC0490")]),
        ("The city fell in June 479 BC.", [("June 479 BC", "BC0479-06")]),
        ("The city fell on 21 September 480 BC.", [("21 September 480 BC", "BC0480-09-21")]),
        ("The city fell on August 30, 480 BC.", [("August 30, 480 BC", "BC0480-08-30")]),
        ("The city fell in August 30 BC.", [("August 30 BC", "BC0030-08")]),
        ("The city fell in the spring of 480 BC.", [("the spring of 480 BC", "BC0480-SP")]),
        ("Sales fell in the third quarter of 2024.", [("the third quarter of 2024", "2024-Q3")]),
        ("Sales fell in the first half of 2024.", [("the first half of 2024", "2024-H1")]),
        ("The war ended in nineteen forty-five.", [("nineteen forty-five", "1945")]),
        ("They met in early May 2001.", [("early May 2001", "2001-05")]),
    ],
)
def test_absolute_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_mod_of_early_and_late() -> None:
    (time,) = find_times("The band split in late 1998.", document_date=None)
    assert (time.text, time.value, time.mod) == ("late 1998", "1998", "END")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sale should close around Nov. 1, the bank said.", ("around Nov. 1", "2025-11-01")),
        ("The mill was built about 1910 by the brothers.", ("about 1910", "1910")),
        ("The temple dates to ca. 466 BC.", ("ca. 466 BC", "BC0466")),
        ("The offensive stalled around March 1981.", ("around March 1981", "1981-03")),
        ("The deal is expected to close around year end.", ("around year end", "2025")),
    ],
)
def test_an_approximate_date_keeps_its_modifier(text: str, expected: tuple[str, str]) -> None:
    """TimeML: "around", "about" before a date are part of the expression, with mod APPROX."""
    (time,) = find_times(text, document_date=dt.date(2025, 4, 17))
    assert (time.text, time.value, time.mod) == (*expected, "APPROX")


def test_about_a_dated_thing_is_no_modifier() -> None:
    assert found("The film is about the 1994 genocide.") == [("1994", "1994")]


def test_ranges_give_both_ends() -> None:
    both = [("12", "1950-07-12"), ("14 July 1950", "1950-07-14")]
    assert found("The battle lasted from 12-14 July 1950.") == both
    assert found("The siege lasted 1915-17.") == [("1915", "1915"), ("17", "1917")]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("this year", "2025"),
        ("last month", "2025-03"),
        ("next week", "2025-W17"),
        ("this weekend", "2025-W16-WE"),
    ],
)
def test_relative_periods(phrase: str, value: str) -> None:
    assert found(f"Joe Amani travels {phrase}.") == [(phrase, value)]


def test_month_without_a_year_is_read_by_tense() -> None:
    assert found("Back in February, Sia Moor sold the house.") == [("February", "2025-02")]
    assert found("Sia Moor will sell the house in December.") == [("December", "2025-12")]


def test_a_date_far_behind_in_a_past_clause_is_next_years() -> None:
    # Dated November, "payable Jan. 2" is the coming January although the clause has a past verb.
    text = "The board approved a dividend payable Jan. 2."
    assert found(text, dt.date(1989, 11, 2)) == [("Jan. 2", "1990-01-02")]


def test_may_the_name_is_not_a_month() -> None:
    assert found("Guitarist Ben May said the tour was over.") == []
    assert found("The tour ends in May.") == [("May", "2025-05")]


def test_numbers_are_not_years() -> None:
    assert found("The bank lost $1,998,000, or 2010% of its 1999.5 reserve.") == []


def test_times_of_day() -> None:
    assert found("The blast hit at 10:35 a.m. on Friday.") == [("10:35 a.m. on Friday", "2025-04-11T10:35")]
    assert found("The vote closes at 18:00 UTC.") == [("18:00 UTC", "2025-04-17T18:00Z")]
    assert found("Ola Berg met him this morning.") == [("this morning", "2025-04-17TMO")]


def test_quarter_without_a_year_is_the_nearest() -> None:
    august = dt.date(2006, 8, 19)
    assert found("Plants close during the fourth quarter.", august) == [("the fourth quarter", "2006-Q4")]
    text = "Profit rose in the third quarter."
    assert found(text, dt.date(1989, 10, 26)) == [("the third quarter", "1989-Q3")]


def test_the_latest_quarter_is_not_one_still_to_come() -> None:
    text = "Orvik Ltd expects a fourth-quarter charge. Its profit fell in the latest quarter."
    assert found(text, dt.date(1989, 11, 2)) == [("fourth-quarter", "1989-Q4"), ("the latest quarter", "1989-Q3")]


def test_fiscal_quarter_is_the_last_one_begun() -> None:
    text = "Net income fell in the fiscal first quarter."
    assert found(text, dt.date(1989, 10, 26)) == [("the fiscal first quarter", "1989-Q1")]


def test_names_are_not_times() -> None:
    assert found("She told Entertainment Weekly about the Morning Consult poll and Midnight Express.") == []
    assert found("The vote ends at noon Thursday.") == [("noon Thursday", "2025-04-17T12:00")]


@pytest.mark.parametrize(
    "text",
    [
        "The committee includes Jill June, Abbi Easter and Tom Cruz.",
        "The film stars a tired Father Christmas.",
        "They watched Hunt for Red October again.",
    ],
)
def test_a_month_or_holiday_after_a_capitalised_word_is_part_of_a_name(text: str) -> None:
    assert find_times(text, document_date=dt.date(2016, 9, 26)) == []


@pytest.mark.parametrize("text", ["Since June, sales rose.", "Sales rose.\n\nUntil April the plant was shut."])
def test_a_month_opening_a_sentence_after_its_preposition_is_a_date(text: str) -> None:
    (found,) = find_times(text, document_date=dt.date(2016, 9, 26))
    assert found.type == "DATE"


@pytest.mark.parametrize(
    "text", ["The quarter-to-quarter rise at Belmor Ltd was small.", "The year-on-year rise at Belmor Ltd was small."]
)
def test_a_unit_in_a_compound_is_not_a_time(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belmor Ltd expects a loss in the current fiscal year.", [("the current fiscal year", "2025")]),
        ("Belmor Ltd made a loss last fiscal year.", [("last fiscal year", "2024")]),
    ],
)
def test_fiscal_years_counted_from_the_document_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last" before an abbreviated month and a day: the day is the expression, not "last Oct."
        ("The shop shut last Oct. 23 after a fire.", [("Oct. 23", "2024-10-23")]),
        ("The shop shut last Oct. and reopened.", [("last Oct.", "2024-10")]),
    ],
)
def test_relative_word_before_a_dated_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested the man behind the October robbery of Ana Ruiz.", [("October", "2024-10")]),
        ("The March merger of the two clubs was a success.", [("March", "2025-03")]),
        ("Ana Ruiz wrote a book about the October Revolution.", []),
        ("Ana Ruiz led the March to Versailles.", []),
        ("Ana Ruiz runs the DEC office.", []),
    ],
)
def test_a_month_before_a_noun_is_the_month_of_the_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_digits_after_a_decimal_point_or_a_thousands_comma_are_no_time() -> None:
    assert found("Orvo Ltd offered $4.1985 a share for a town built 7,000 years ago.") == []


def test_four_digits_before_local_time_are_a_clock_time_not_a_year() -> None:
    assert found("The gala opens at 1700 local time.", None) == [("1700", "XXXX-XX-XXT17:00")]


def test_four_digits_before_pence_or_points_are_an_amount_not_a_year() -> None:
    assert found("Orvo Ltd shares closed at 1115 pence; the index rose to 1984 points.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The city fell in the 470s BC.", [("the 470s BC", "BC047")]),
        ("The league grew towards the end of the 460s BC.", [("the end of the 460s BC", "BC046")]),
        ("The firm grew towards the end of the 1990s.", [("the end of the 1990s", "199")]),
    ],
)
def test_decades_with_an_era_and_a_modified_decade_after_the(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_the_year_before_a_year_is_one_expression() -> None:
    assert found("The year 1950 saw the first jets.") == [("The year 1950", "1950")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army attacked from 15 to 22 February 1984.", [("15", "1984-02-15"), ("22 February 1984", "1984-02-22")]),
        ("They broke through on the 28 and 29 August 1918.", [("the 28", "1918-08-28"), ("29 August 1918", "1918-08-29")]),
        ("The talks ran from the 13th to the 19th of October 1950.", [("the 13th", "1950-10-13"), ("the 19th of October 1950", "1950-10-19")]),
        ("A revolt lasted from 499 to 493 BC.", [("499", "BC0499"), ("493 BC", "BC0493")]),
    ],
)
def test_the_first_day_or_year_of_a_range_in_words_takes_the_month_or_era_after_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_a_number_before_a_range_word_and_a_number_without_a_month_is_no_day() -> None:
    assert found("Shares rose from 15 to 22 in February 1984.") == [("February 1984", "1984-02")]


def test_the_first_or_last_part_of_a_year_is_one_expression() -> None:
    # As "the last week of March" is; it had been "the last week" counted from the document date.
    assert found("The game came out during the last week of 2003.") == [("the last week of 2003", "2003")]
    assert found("Prices rose in the first months of 2004.") == [("the first months of 2004", "2004")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chart is due within the first half of this year.", ("the first half of this year", "2025-H1")),
        ("Output will grow in the second half of next year.", ("the second half of next year", "2026-H2")),
    ],
)
def test_a_half_of_a_relative_year_is_one_expression(text: str, expected: tuple[str, str]) -> None:
    assert [(t.text, t.value) for t in find_times(text, document_date=dt.date(2025, 4, 17))] == [expected]


@pytest.mark.parametrize(
    "text", ["Dario Lenz wasted a second-half chance to equalise.", "Ben Aske's first-half effort was ruled out."]
)
def test_a_half_before_a_noun_of_a_game_is_the_match_half(text: str) -> None:
    assert find_times(text, document_date=dt.date(2025, 4, 17)) == []


def test_a_half_before_other_nouns_stays_the_year_half() -> None:
    (time,) = find_times("The firm reported second-half profit.", document_date=dt.date(2025, 4, 17))
    assert (time.text, time.value) == ("second-half", "2025-H2")


@pytest.mark.parametrize(
    "text",
    [
        "The first half of the convoy left at once.",
        "Rovers led in the first half of the match.",
        "The port grew in the first half of the century.",
    ],
)
def test_a_half_of_anything_but_a_year_is_no_half_of_a_year(text: str) -> None:
    assert [t.text for t in find_times(text, document_date=dt.date(2025, 4, 17)) if "half" in t.text] == []


def test_a_half_of_the_year_stays_a_half() -> None:
    (time,) = find_times("Profits rose in the first half of the year.", document_date=dt.date(2025, 4, 17))
    assert (time.text, time.value) == ("the first half", "2025-H1")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Sales of Ada Holt's shop grew in the last half of the '80s.", "the last half of the '80s", "198"),
        ("Sales of Ada Holt's shop grew in the first half of the 1990s.", "the first half of the 1990s", "199"),
    ],
)
def test_a_half_of_a_decade_is_part_of_that_decade_not_a_half_of_this_year(text: str, phrase: str, value: str) -> None:
    found = find_times(text, document_date=dt.date(1989, 10, 30))
    assert [(time.text, time.value) for time in found] == [(phrase, value)]
