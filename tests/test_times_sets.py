"""Sets (recurring times): every week, daily, twice a year, on Mondays."""

import datetime as dt

import pytest

from dateline.stages.times import find_times


def found(text: str) -> list[tuple[str, str, str, str | None, str | None]]:
    found = find_times(text, document_date=dt.date(2025, 4, 17))
    return [(t.text, t.type, t.value, t.quant, t.freq) for t in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The magazine appears weekly.", ("weekly", "SET", "P1W", None, None)),
        ("Vera Cole swims every morning.", ("every morning", "SET", "XXXX-XX-XXTMO", "EVERY", None)),
        ("The board meets each month.", ("each month", "SET", "P1M", "EACH", None)),
        ("The choir sings twice a year.", ("twice a year", "SET", "P1Y", None, "2X")),
        ("The shop shuts on Mondays.", ("Mondays", "SET", "XXXX-WXX-1", None, None)),
        ("Flights leave every Thursday.", ("every Thursday", "SET", "XXXX-WXX-4", "EVERY", None)),
        ("Mara Quist hosts the quiz on Tuesday nights.", ("Tuesday nights", "SET", "XXXX-WXX-2TNI", None, None)),
        ("Sunday mornings are for the market.", ("Sunday mornings", "SET", "XXXX-WXX-7TMO", None, None)),
        ("The village holds the fair annually.", ("annually", "SET", "P1Y", None, None)),
    ],
)
def test_sets(text: str, expected: tuple[str, str, str, str | None, str | None]) -> None:
    assert found(text) == [expected]



@pytest.mark.parametrize(
    "text",
    ["Tom Ashby wrote for the trade weekly Stage Notes.", "The party daily Red Banner printed the letter."],
)
def test_a_set_word_before_a_name_is_a_publication(text: str) -> None:
    assert found(text) == []


def test_a_plural_part_of_the_day_belongs_to_both_weekdays() -> None:
    times = find_times("Ferries of Kell Lines leave on Monday and Tuesday nights.", document_date=dt.date(2025, 4, 17))
    assert [(t.text, t.type, t.value) for t in times] == [
        ("Monday", "SET", "XXXX-WXX-1TNI"),
        ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ]


@pytest.mark.parametrize(
    "text", ["Rents rose 8% annually.", "Vera Cole earns $90,000 annually.", "The firm sells two million yearly."]
)
def test_a_set_word_after_an_amount_is_a_rate(text: str) -> None:
    assert found(text) == []


def test_a_set_word_before_a_noun_is_a_set_after_an_amount_too() -> None:
    assert found("Ferries make 12 daily crossings to Vell.") == [("daily", "SET", "P1D", None, None)]
