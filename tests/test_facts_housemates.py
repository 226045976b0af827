"""Reality-show housemates: a housemate takes part in the show, which the gold counts as acting."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def test_the_person_a_copula_calls_a_housemate_acted_in_the_show() -> None:
    text = "The last remaining housemate is singer Mara Quill."
    fact = facts_of(text, people(text, "Mara Quill")).one("acted_in")
    assert (fact.participants, fact.object, fact.arguments["role"]) == (["P1"], None, "housemate")


def test_a_show_named_in_front_of_housemates_is_the_work() -> None:
    text = "Former Glass House housemates include Ivo Sand and Bo Rane."
    show = entity(text, "W1", "Glass House", "WORK")
    found = facts_of(text, [*people(text, "Ivo Sand", "Bo Rane"), show])
    assert sorted(found.named("acted_in")) == [(["Bo Rane"], "Glass House"), (["Ivo Sand"], "Glass House")]


def test_a_housemate_s_possessor_is_no_housemate_by_that() -> None:
    text = "Mara Quill criticised her fellow housemates."
    assert facts_of(text, people(text, "Mara Quill")).named("acted_in") == []


def test_leaving_a_show_s_house_is_having_been_a_housemate() -> None:
    text = "Singer Mara Quill and actor Ivo Sand have both left the Glass Towers house after a vote."
    found = facts_of(text, people(text, "Mara Quill", "Ivo Sand"))
    assert sorted(found.named("acted_in")) == [(["Ivo Sand"], "Glass Towers"), (["Mara Quill"], "Glass Towers")]


def test_leaving_a_house_no_show_names_is_no_housemate() -> None:
    text = "Mara Quill left the family house in 1990, and Ivo Sand left the house on Friday."
    assert facts_of(text, people(text, "Mara Quill", "Ivo Sand")).named("acted_in") == []
