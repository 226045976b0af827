"""Which point "N units after/before ..." reaches: a span reaches none, an event needs a time named near
it, and a duration set beside a time reaches that time."""

import datetime as dt

from dateline.model import Time
from dateline.stages.times import find_times


def times(text: str) -> list[Time]:
    return find_times(text, document_date=dt.date(2025, 4, 17))


def reach(text: str, duration: str) -> tuple[str | None, str | None]:
    found = times(text)
    item = next(t for t in found if t.text == duration)
    anchor = next((t.text for t in found if t.id == item.anchor), item.anchor)
    return item.resolved, anchor


def test_a_span_after_for_reaches_no_point() -> None:
    text = "Rui Sol joined the band in 2011. He played with it for two years before leaving."
    assert reach(text, "two years") == (None, None)


def test_a_wait_reaches_no_point() -> None:
    text = "The letter was sent in March 2019. The clerk waited a week before opening it."
    assert reach(text, "a week") == (None, None)


def test_later_after_a_span_word_elsewhere_is_still_resolved() -> None:
    text = "He waited at the station in 2011. Two years later he left for Lima."
    assert reach(text, "Two years") == ("2013", "2011")


def test_an_event_is_not_dated_by_a_time_named_paragraphs_before() -> None:
    text = (
        "The band formed in 1990.\n\nIts first single was a hit. The singer left. The drummer moved to Oslo."
        " The label went bankrupt. The fans kept writing.\n\nThe band split ten years after its first single."
    )
    assert reach(text, "ten years") == (None, None)


def test_an_event_in_the_sentence_of_a_time_counts_from_it() -> None:
    text = "The museum opened in 1990, and its first director left two years after the opening."
    assert reach(text, "two years") == ("1992", "1990")


def test_later_still_counts_from_a_time_named_long_before() -> None:
    text = (
        "The band formed in 1990.\n\nIts first single was a hit. The singer left. The drummer moved to Oslo."
        " The label went bankrupt. The fans kept writing.\n\nTen years later the band split."
    )
    assert reach(text, "Ten years") == ("2000", "1990")


def test_a_duration_beside_a_time_reaches_that_time() -> None:
    assert reach("In 1991, ten years after his death, his records sold more than ever.", "ten years") == ("1991", "1991")
    assert reach("Ola Brandt pulled out in 2002, a month before he died.", "a month") == ("2002", "2002")
    assert reach("They met on 28 October 1980 - barely a week before the election.", "a week") == (
        "1980-10-28",
        "28 October 1980",
    )


def test_durations_joined_beside_one_time_all_reach_it() -> None:
    text = "In late June 2016, a month after she won the vote and two weeks before the final, the floods came."
    assert reach(text, "a month") == ("2016-06", "late June 2016")
    assert reach(text, "two weeks") == ("2016-06", "late June 2016")


def test_a_duration_after_a_full_stop_is_not_beside_the_time() -> None:
    text = "The museum opened in 1990. Two years after the opening, its director left."
    assert reach(text, "Two years") == ("1992", "1990")


def test_the_point_reached_is_no_finer_than_the_unit() -> None:
    assert reach("The show drew its biggest crowd at Christmas 1986. Two years later it closed.", "Two years") == (
        "1988",
        "Christmas 1986",
    )
    assert reach("Ada Nkem took over on February 15, 2015. Four months later she left.", "Four months") == (
        "2015-06",
        "February 15, 2015",
    )
    assert reach("The shop reopened on 3 May 2019. Ten days later it closed again.", "Ten days") == (
        "2019-05-13",
        "3 May 2019",
    )


def test_a_unit_finer_than_a_year_stays_in_that_year() -> None:
    assert reach("The club moved in 2016. A month before the move, its coach left.", "A month") == ("2016", "2016")


def test_a_time_of_unknown_year_gives_a_point_of_unknown_year() -> None:
    found = find_times("The concert came ten days after the 11 September parade.", document_date=None)
    assert [(t.text, t.value, t.resolved, t.anchor) for t in found] == [
        ("ten days", "P10D", "XXXX-09-21", "T2"),
        ("the 11 September", "XXXX-09-11", None, None),
    ]
    found = find_times("The concert came two years after the 11 September parade.", document_date=None)
    assert next((t.text, t.resolved, t.anchor) for t in found) == ("two years", None, None)


def test_a_new_event_is_not_dated_by_a_time_of_the_sentence_before() -> None:
    assert reach("Lena Moss first sang on radio in 1937. A year after the station closed, she left.", "A year") == (
        "1938",
        "1937",
    )
    assert reach("Lena Moss first sang on radio in 1937. A year after its rival began, she left.", "A year") == (
        None,
        None,
    )
    text = "The amplifier was built in 1965. A song written two weeks after his appearance at the fair sold well."
    assert reach(text, "two weeks") == (None, None)
    assert reach("She sang in 1937, and a year after its rival began she left.", "a year") == ("1938", "1937")


def test_a_point_reached_after_the_date_in_a_past_clause_is_left_out() -> None:
    text = "The debate is on Monday night. In 1980 he won the first one. Four years later, he was tired."
    assert reach(text, "Four years") == ("1984", "1980")
    text = "Sam Ives will speak on Monday night. Four years later, he was tired, the critics recalled."
    assert reach(text, "Four years") == (None, None)
    assert reach("Sam Ives will speak on Monday night. Two days later he will fly home.", "Two days") == (
        "2025-04-23",
        "Monday night",
    )


def test_a_count_from_a_time_of_unknown_year_gives_no_point_of_a_known_year() -> None:
    text = "The stall first opened in the 1960s. It will stay until Christmas and then a week after that."
    found = find_times(text, document_date=None)
    assert [(t.text, t.resolved, t.anchor) for t in found][-1] == ("a week", "XXXX-01-01", "T2")  # not 196
    text = "The stall first opened in the 1960s. It will stay until Christmas and then a year after that."
    found = find_times(text, document_date=None)
    assert [(t.text, t.resolved, t.anchor) for t in found][-1] == ("a year", None, None)
    text = (
        "Jo Marr reached the port on 19 October 1885. Seven years after his papers were withdrawn, he went home."
        " Five years after that, he married."
    )
    assert reach(text, "Five years") == (None, None)
    text = "Jo Marr reached the port in 1885. In 1890, five years after his arrival, he married. Two years later he left."
    assert reach(text, "Two years") == ("1892", "1890")


def test_the_year_of_a_source_cited_is_no_time_of_the_story() -> None:
    text = "Jo Marr left Oslo in 1885, according to the 1990 family history. Two years later he married."
    assert reach(text, "Two years") == ("1887", "1885")
    text = "Jo Marr reached Oslo in 1885, according to a 1990 history. His sister had left two years earlier."
    found = find_times(text, document_date=dt.date(2025, 4, 17))
    assert next(t.value for t in found if t.text == "two years earlier") == "1883"


def test_a_signal_word_before_than_compares_and_reaches_no_point() -> None:
    text = "Ada Holt joined the show on Friday. Ben Ruiz, who joined a day later than the others, left."
    assert reach(text, "a day") == (None, None)
    assert reach("Ada Holt joined the show on Friday. Ben Ruiz joined a day later.", "a day") == ("2025-04-12", "Friday")


def test_a_time_in_the_event_s_own_words_dates_the_event() -> None:
    text = "Pia Lund returned in 2003. Her exit came 16 years after she was written out in 1989."
    assert reach(text, "16 years") == ("2005", "1989")
    text = "Pia Lund sang in 1937. Two years after the war ended in 1945, she left."
    assert reach(text, "Two years") == ("1947", "1945")


def test_a_time_past_another_clause_or_for_does_not_date_the_event() -> None:
    text = "Pia Lund sang in 1937. Two years after she left and in 1945 she came back."
    assert reach(text, "Two years") == (None, None)
    assert reach("Two weeks after the leaders set a date for 2004, they met.", "Two weeks") == (None, None)
    text = "In 1991, ten years after his death in 1981, a statue went up."
    assert reach(text, "ten years") == ("1991", "1991")


def test_hours_later_stay_on_the_day_counted_from() -> None:
    text = "Ada Holt met the mayor on Monday. In her own talk with him a few hours later, she agreed."
    assert reach(text, "a few hours") == ("2025-04-14", "Monday")
    assert reach("Shots were fired on Monday. More came two hours later.", "two hours") == ("2025-04-14", "Monday")


def test_hours_later_than_a_clock_time_or_a_day_long_may_reach_another_day() -> None:
    assert reach("At 11 p.m. on Monday shots were fired. More came two hours later.", "two hours") == (None, None)
    assert reach("The vote was on Monday. Twenty hours later they left.", "Twenty hours") == (None, None)
