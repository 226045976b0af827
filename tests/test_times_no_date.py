"""Without a document date, nothing relative is guessed: the unknown part stays unknown."""

import pytest

from dateline.stages.times import find_times


def values(text: str) -> dict[str, str]:
    return {time.text: time.value for time in find_times(text, document_date=None)}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Iris Peng flew home on Valentine's Day.", "Valentine's Day", "XXXX-02-14"),
        ("Iris Peng flew home on February 14.", "February 14", "XXXX-02-14"),
        ("Iris Peng flew home in February.", "February", "XXXX-02"),
        ("Iris Peng flew home on Sunday.", "Sunday", "XXXX-WXX-7"),
        ("Iris Peng flew home yesterday.", "yesterday", "XXXX-XX-XX"),
        ("Iris Peng flew home last week.", "last week", "XXXX-WXX"),
        ("Iris Peng flew home last year.", "last year", "XXXX"),
        ("Iris Peng flew home three years ago.", "three years ago", "XXXX"),
    ],
)
def test_relative_expressions_stay_unresolved(text: str, phrase: str, value: str) -> None:
    assert values(text) == {phrase: value}


def test_unresolved_expressions_have_no_anchor() -> None:
    (time,) = find_times("Iris Peng flew home on Sunday.", document_date=None)
    assert time.anchor is None


def test_absolute_dates_are_still_read() -> None:
    assert values("Iris Peng was born on 3 March 1990.") == {"3 March 1990": "1990-03-03"}


def test_a_year_named_in_another_sentence_is_not_borrowed() -> None:
    found = values("Iris Peng moved to Lyon in 2004. She married in June.")
    assert found == {"2004": "2004", "June": "XXXX-06"}


def discourse(text: str) -> list[tuple[str, str, str | None, str | None]]:
    found = find_times(text, document_date=None)
    texts = {time.id: time.text for time in found}
    return [(time.text, time.value, texts.get(time.anchor or ""), time.resolved) for time in found]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "anchor"),
    [
        ("The jury meets on 25 January, with the verdict given later that evening.", "that evening", "XXXX-01-25TEV", "25 January"),
        ("A gala is held on 5 March. Radio will air it the following evening.", "the following evening", "XXXX-03-06TEV", "5 March"),
        ("Ada Holt sang on Friday night. She had quit the band earlier in the day.", "earlier in the day", "XXXX-WXX-5", "Friday night"),
        ("It took $9m on Christmas Day alone, the most ever taken on that day.", "that day", "XXXX-12-25", "Christmas Day"),
        ("Pay rose in April. By the following month it fell.", "the following month", "XXXX-05", "April"),
    ],
)
def test_a_discourse_time_counts_from_a_day_of_unknown_year(text: str, phrase: str, value: str, anchor: str) -> None:
    item = next(found for found in discourse(text) if found[0] == phrase)
    assert item[1:3] == (value, anchor)


@pytest.mark.parametrize(
    ("text", "phrase", "resolved", "anchor"),
    [
        ("Ada Holt spoke on Saturday. When she spoke again two days later, she quit.", "two days", "XXXX-WXX-1", "Saturday"),
        ("The band plays on 14 June. It plays in Leeds four days later.", "four days", "XXXX-06-18", "14 June"),
        ("Last April, she was hurt. Four months later, she won gold.", "Four months", "XXXX-08", "Last April"),
        ("The fair is on 10 July. A month later a second fair opens.", "A month", "XXXX-08", "10 July"),
        ("The shop will stay open until Christmas and then a week after that.", "a week", "XXXX-01-01", "Christmas"),
    ],
)
def test_a_duration_reaches_a_day_of_unknown_year(text: str, phrase: str, resolved: str, anchor: str) -> None:
    item = next(found for found in discourse(text) if found[0] == phrase)
    assert (item[3], item[2]) == (resolved, anchor)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The shop will stay open until Christmas and a year after that.", "a year"),  # years: no year known
        ("The fair is on 28 February. Two days later it closed.", "Two days"),  # 1 or 2 March: a leap year?
        ("The fair is in April. Two days later it closed.", "Two days"),  # which day of April?
    ],
)
def test_a_duration_from_a_time_of_unknown_year_may_reach_nothing(text: str, phrase: str) -> None:
    item = next(found for found in discourse(text) if found[0] == phrase)
    assert (item[2], item[3]) == (None, None)


def test_a_day_of_unknown_year_two_paragraphs_up_is_not_the_story_time() -> None:
    text = "The single is out on 21 February.\n\nHe had tried twice.\n\nEveryone in the room that night was moved."
    item = next(found for found in discourse(text) if found[0] == "that night")
    assert item[1:3] == ("XXXX-XX-XXTNI", None)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Iris Peng sang in Oslo on Friday. Fans cheered when she walked on at 2100 GMT.", "2100 GMT", "XXXX-WXX-5T21:00Z"),
        ("The gala will be shown on Tuesday at 2230 GMT.", "2230 GMT", "XXXX-WXX-2T22:30Z"),
    ],
)
def test_a_clock_time_takes_a_nearby_day_of_unknown_year(text: str, phrase: str, value: str) -> None:
    assert values(text)[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a weekly slot named after the day: every Tuesday's, not that day's
        ("The show starts on 3 May on Tuesdays and Fridays at 2300 GMT.", "2300 GMT"),
        # a part of the day alone may be another day's ("on the night" of a ceremony named elsewhere)
        ("The nominations came on 25 January. There will be live coverage on the night.", "the night"),
    ],
)
def test_a_clock_time_of_a_set_or_a_part_of_the_day_stays_on_an_unknown_day(text: str, phrase: str) -> None:
    assert values(text)[phrase].startswith("XXXX-XX-XXT")


@pytest.mark.slow
def test_a_clock_time_that_describes_a_noun_is_no_day_time() -> None:
    from dateline.nlp import load_pipeline

    text = "Ivo Brandt left court on Monday, and the judge eased his 2200 GMT curfew."
    times = find_times(text, document_date=None, doc=load_pipeline()(text))
    assert next(time.value for time in times if time.text == "2200 GMT") == "XXXX-XX-XXT22:00Z"
