"""The present, the past and the future as a whole: PRESENT_REF, PAST_REF, FUTURE_REF."""

import datetime as dt

import pytest

from dateline.stages.times import find_times


def found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_times(text, document_date=dt.date(2025, 4, 17))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ravi Anand now lives in Porto.", ("now", "DATE", "PRESENT_REF")),
        ("Ravi Anand is currently in Porto.", ("currently", "DATE", "PRESENT_REF")),
        ("Ravi Anand recently moved to Porto.", ("recently", "DATE", "PAST_REF")),
        ("Ravi Anand will move in the near future.", ("the near future", "DATE", "FUTURE_REF")),
        ("Prices are high at current levels.", ("current", "DATE", "PRESENT_REF")),
    ],
)
def test_references(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


def test_today_is_the_document_date_not_present_ref() -> None:
    assert found("Ravi Anand flies to Porto today.") == [("today", "DATE", "2025-04-17")]


def test_current_alone_is_no_time() -> None:
    assert found("The current was strong and the recent was forgotten.") == []


@pytest.mark.parametrize(
    "text",
    ["Tova Brann told Radio 4's Today programme she was leaving.", "The poll was run by USA Today."],
)
def test_today_in_a_programme_or_paper_name_is_not_the_day(text: str) -> None:
    assert find_times(text, document_date=dt.date(2025, 4, 17)) == []


def test_today_at_the_start_of_a_sentence_is_the_day() -> None:
    (today,) = find_times("The vote was close. Today the count resumes.", document_date=dt.date(2025, 4, 17))
    assert (today.text, today.value) == ("Today", "2025-04-17")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ravi Anand will one day run the firm.", [("one day", "DATE", "FUTURE_REF")]),
        ("Ravi Anand hopes to one day return to Porto.", [("one day", "DATE", "FUTURE_REF")]),
        ("Ravi Anand was sentenced to one day in jail.", [("one day", "DURATION", "P1D")]),
        ("One day, Ravi Anand left Porto.", [("One day", "DURATION", "P1D")]),
    ],
)
def test_one_day_after_a_modal_is_the_future(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text", ["Kai Dorn led the past four tours.", "Kai Dorn's shares rose in the past three sessions."]
)
def test_the_past_before_a_count_is_not_past_ref(text: str) -> None:
    assert found(text) == []


def test_now_before_a_count_is_still_present_ref() -> None:
    assert found("Now two bands follow Kai Dorn.") == [("Now", "DATE", "PRESENT_REF")]


def test_then_current_is_past_ref() -> None:
    assert found("Kai Dorn paid the then current price.") == [("then current", "DATE", "PAST_REF")]


def test_an_idiom_with_a_time_word_names_no_time() -> None:
    """ "At the end of the day" means in the end (`idioms` in references.yaml); "by the end of the day" is a day."""
    date = dt.date(2025, 4, 17)
    assert find_times("At the end of the day, the choice is hers.", document_date=date) == []
    (time,) = find_times("The index fell by the end of the day.", document_date=date)
    assert (time.text, time.value) == ("the end of the day", "2025-04-17")


def test_every_now_and_then_is_occasionally_not_the_present() -> None:
    assert find_times("She calls her sister every now and then.", document_date=dt.date(2025, 4, 17)) == []
    assert find_times("Now and again the river floods.", document_date=dt.date(2025, 4, 17)) == []
    (now,) = find_times("Much can change between now and then.", document_date=dt.date(2025, 4, 17))
    assert (now.text, now.value) == ("now", "PRESENT_REF")
