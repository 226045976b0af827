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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The museum of Vell is open every day except Sunday.", [("every day", "SET", "P1D", "EVERY", None), ("Sunday", "SET", "XXXX-WXX-7", None, None)]),
        ("The kiosk opens daily except Saturday and Sunday.", [("daily", "SET", "P1D", None, None), ("Saturday", "SET", "XXXX-WXX-6", None, None), ("Sunday", "SET", "XXXX-WXX-7", None, None)]),
        ("The bar of Ilse Moor is busy every night but Sunday night.", [("every night", "SET", "XXXX-XX-XXTNI", "EVERY", None), ("Sunday night", "SET", "XXXX-WXX-7TNI", None, None)]),
        ("The ferry sails all week, Sundays excepted.", [("Sundays", "SET", "XXXX-WXX-7", None, None)]),
    ],
)
def test_a_weekday_taken_out_of_a_set_is_a_set(text: str, expected: list[tuple[str, str, str, str | None, str | None]]) -> None:
    """User audit: "open every day except Sunday" had dated the Sunday to the one before the document date."""
    assert found(text) == expected


def test_a_weekday_after_but_without_a_set_before_stays_a_date() -> None:
    assert found("Everyone came to the fair but Sunday was quiet.") == [("Sunday", "DATE", "2025-04-13", None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill shop opens daily except on weekends.", [("daily", "SET", "P1D", None, None), ("weekends", "SET", "XXXX-WXX-WE", None, None)]),
        ("The office of Lorn Vale is shut at weekends.", [("weekends", "SET", "XXXX-WXX-WE", None, None)]),
        ("Abel Tey works every weekend.", [("every weekend", "SET", "XXXX-WXX-WE", "EVERY", None)]),
        ("The market opens on Saturdays and Sundays.", [("Saturdays", "SET", "XXXX-WXX-6", None, None), ("Sundays", "SET", "XXXX-WXX-7", None, None)]),
        ("The quiz moves from Fridays to Sundays.", [("Fridays", "SET", "XXXX-WXX-5", None, None), ("Sundays", "SET", "XXXX-WXX-7", None, None)]),
        ("It airs on Tuesdays, Wednesdays and Thursdays.", [("Tuesdays", "SET", "XXXX-WXX-2", None, None), ("Wednesdays", "SET", "XXXX-WXX-3", None, None), ("Thursdays", "SET", "XXXX-WXX-4", None, None)]),
    ],
)
def test_weekends_and_listed_weekdays_are_sets(text: str, expected: list[tuple[str, str, str, str | None, str | None]]) -> None:
    assert found(text) == expected


def test_the_weekends_of_a_month_are_no_set() -> None:
    assert found("Nils Orm spent the weekends of June at sea.") == [("June", "DATE", "2025-06", None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Buses to Kell run every 15 minutes.", ("every 15 minutes", "SET", "PT15M", "EVERY", None)),
        ("The prize is given once every two years.", ("once every two years", "SET", "P2Y", "EVERY", "1X")),
        ("A post appears every 5.8 seconds.", ("every 5.8 seconds", "SET", "PT5.8S", "EVERY", None)),
        ("Rhea Quill visits every other week.", ("every other week", "SET", "P2W", "EVERY", None)),
        ("The fair moves every third year.", ("every third year", "SET", "P3Y", "EVERY", None)),
        ("Letters came every few days.", ("every few days", "SET", "PXD", "EVERY", None)),
        ("A new cycle starts every two or three years.", ("every two or three years", "SET", "PXY", "EVERY", None)),
        ("Check the filter every 2-3 weeks.", ("every 2-3 weeks", "SET", "PXW", "EVERY", None)),
        ("The club meets every other Friday.", ("every other Friday", "SET", "XXXX-WXX-5", "EVERY", None)),
        ("The board meets every second Tuesday.", ("every second Tuesday", "SET", "XXXX-WXX-2", "EVERY", None)),
    ],
)
def test_every_n_units_is_a_set_of_that_period(text: str, expected: tuple[str, str, str, str | None, str | None]) -> None:
    """They had been a duration ("15 minutes"), or "every second" (PT1S) beside a dated Tuesday."""
    assert found(text) == [expected]
