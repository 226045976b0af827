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
