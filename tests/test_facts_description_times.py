"""A description inside a noun phrase ("his wife", "Ukrainian singer X") does not take its clause's time."""

from __future__ import annotations

from tests.facts_support import facts_of, people


def test_the_clauses_year_is_not_when_the_marriage_began() -> None:
    text = "In 1969, Tomas Brandt moved to Lisbon with his wife Mara Quill."
    found = facts_of(text, people(text, "Tomas Brandt", "Mara Quill"))
    assert found.one("married").time is None


def test_a_nationality_takes_no_time_from_an_after_clause() -> None:
    text = "The contest will be held in Lisbon in May, after Ukrainian singer Mara Quill won last year."
    found = facts_of(text, people(text, "Mara Quill"))
    assert found.one("citizen_of").time is None


def test_a_description_predicated_by_a_copula_keeps_the_clauses_year() -> None:
    text = "Mara Quill became the wife of Tomas Brandt in 2011."
    found = facts_of(text, people(text, "Tomas Brandt", "Mara Quill"))
    assert found.one("married").time == "2011"


def test_a_year_inside_the_description_is_its_own() -> None:
    text = "Mara Quill's 1998 album Harbour Lights is still praised."
    found = facts_of(text, people(text, "Mara Quill"))
    assert found.one("develops").time == "1998"
