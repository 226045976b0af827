"""Bare weekdays are counted from the document date, in the direction of the clause's tense."""

import datetime as dt

import pytest

from dateline.stages.times import find_times

THURSDAY = dt.date(2025, 4, 17)


def values(text: str, date: dt.date | None = THURSDAY) -> dict[str, str]:
    return {time.text: time.value for time in find_times(text, document_date=date)}


def test_past_clause_takes_the_weekday_before_the_date() -> None:
    assert values("Mara Lind arrived in Oslo on Sunday.")["Sunday"] == "2025-04-13"


def test_future_clause_takes_the_weekday_after_the_date() -> None:
    assert values("Mara Lind will arrive in Oslo on Sunday.")["Sunday"] == "2025-04-20"


def test_same_weekday_as_the_date_is_that_day() -> None:
    assert values("Tomas Brek said Thursday that the bridge was closed.")["Thursday"] == "2025-04-17"


def test_without_a_cue_the_weekday_is_in_the_past() -> None:
    assert values("On Monday, the Pell family and their dogs in Leeds.")["Monday"] == "2025-04-14"


def test_nearest_cue_before_the_weekday_decides() -> None:
    # "will" is further away than "said", which governs the weekday.
    text = "The council will vote soon, Ana Ruiz said Tuesday."
    assert values(text)["Tuesday"] == "2025-04-15"


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("last Friday", "2025-04-11"), ("next Friday", "2025-04-18"), ("this Friday", "2025-04-18")],
)
def test_last_next_and_this_weekday(phrase: str, value: str) -> None:
    assert values(f"Kim Oduya spoke {phrase}.")[phrase] == value


def test_weekday_with_part_of_day_is_a_time() -> None:
    times = find_times("Leo Hart landed on Saturday night.", document_date=THURSDAY)
    assert [(t.text, t.type, t.value) for t in times] == [("Saturday night", "TIME", "2025-04-12TNI")]


def test_weekday_and_date_are_one_expression() -> None:
    assert values("The trial opens on Monday, June 2, 2025.") == {"Monday, June 2, 2025": "2025-06-02"}


def test_weekday_is_anchored_to_the_document_date() -> None:
    (time,) = find_times("Ivo Sand resigned on Sunday.", document_date=THURSDAY)
    assert time.anchor == "DCT"


def test_weekday_names_inside_words_are_not_weekdays() -> None:
    assert values("The Sundays played a set at the Fridayhouse bar.") == {}


def test_a_bare_time_of_day_takes_the_day_of_the_sentence_before() -> None:
    text = "Lia Moro bought two records in Leeds on Friday. Staff were surprised when she walked in at 0900 GMT."
    times = find_times(text, document_date=dt.date(2025, 4, 17))
    assert [(t.text, t.value) for t in times] == [("Friday", "2025-04-11"), ("0900 GMT", "2025-04-11T09:00Z")]


def test_a_day_two_sentences_back_does_not_lend_itself_to_a_time_of_day() -> None:
    text = "Lia Moro sang on Friday. Fans cheered. The doors opened at 0900 GMT."
    times = find_times(text, document_date=dt.date(2025, 4, 17))
    assert [(t.text, t.value) for t in times][-1] == ("0900 GMT", "2025-04-17T09:00Z")


def test_a_time_of_day_takes_the_day_after_a_parenthesis() -> None:
    text = "The roof of Ivo Brandt's barn fell in at 10:35 a.m. (0735 GMT) Friday, witnesses said."
    times = find_times(text, document_date=dt.date(2025, 4, 19))
    assert [(t.text, t.value) for t in times] == [
        ("10:35 a.m.", "2025-04-18T10:35"),
        ("0735 GMT", "2025-04-18T07:35Z"),
        ("Friday", "2025-04-18"),
    ]


@pytest.mark.parametrize(
    "text",
    ["Ivo Brandt's barn burned at 10 a.m. local time Friday.", "Ivo Brandt's barn burned at 10 a.m. Lisbon time on Friday."],
)
def test_a_time_of_day_takes_the_day_after_the_name_of_its_clock(text: str) -> None:
    times = find_times(text, document_date=dt.date(2025, 4, 19))
    assert [(t.text, t.value) for t in times] == [("10 a.m.", "2025-04-18T10:00"), ("Friday", "2025-04-18")]


def test_a_time_of_day_takes_the_day_inside_a_parenthesis_after_it() -> None:
    text = "Ivo Brandt will leave at 4 in the morning (4 a.m. EDT Thursday), his aide said."
    times = find_times(text, document_date=dt.date(2025, 4, 15))
    assert [(t.text, t.value) for t in times] == [
        ("4 in the morning", "2025-04-17T04:00"),
        ("4 a.m. EDT Thursday", "2025-04-17T04:00"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivo Brandt left at 8 in the evening.", [("8 in the evening", "2025-04-19T20:00")]),
        ("Ivo Brandt left by 10 o'clock at night.", [("10 o'clock at night", "2025-04-19T22:00")]),
        ("Ivo Brandt left at 2 at night.", [("2 at night", "2025-04-19T02:00")]),
    ],
)
def test_an_hour_with_a_part_of_the_day(text: str, expected: list[tuple[str, str]]) -> None:
    times = find_times(text, document_date=dt.date(2025, 4, 19))
    assert [(t.text, t.value) for t in times] == expected


def test_a_number_before_a_part_of_the_day_without_a_preposition_is_no_hour() -> None:
    times = find_times("Shares of Brandt rose 4 in the morning session.", document_date=dt.date(2025, 4, 19))
    assert all("T04" not in t.value for t in times)


def test_a_parenthesis_without_a_day_after_it_lends_nothing() -> None:
    text = "Ivo Brandt left at 10 a.m. (after breakfast) and came back."
    (time,) = find_times(text, document_date=dt.date(2025, 4, 19))
    assert (time.text, time.value) == ("10 a.m.", "2025-04-19T10:00")


def test_the_morning_hours_of_a_date_are_one_time() -> None:
    (time,) = find_times("Sol Ferrer left in the morning hours of 30 April 1975.", document_date=THURSDAY)
    assert (time.text, time.type, time.value) == ("the morning hours of 30 April 1975", "TIME", "1975-04-30TMO")
