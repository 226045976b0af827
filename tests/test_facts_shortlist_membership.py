"""nominated: being on a shortlist or longlist ("X and Y also feature on the shortlist"), or on a list
of a set size ("the 12-strong list"); any other list is no nomination."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def test_names_on_the_shortlist_for_a_prize_are_nominated_for_it() -> None:
    text = "Ada Voss and Tomas Brandt also appear on the shortlist for the Harbour Prize."
    entities = [*people(text, "Ada Voss", "Tomas Brandt"), entity(text, "E1", "Harbour Prize", "EVENT")]
    assert facts_of(text, entities).named("nominated") == [(["Ada Voss"], "Harbour Prize"),
                                                           (["Tomas Brandt"], "Harbour Prize")]


def test_a_list_of_a_set_size_is_a_shortlist() -> None:
    text = "Ada Voss and Tomas Brandt also feature on the 12-strong list of novelists."
    assert facts_of(text, people(text, "Ada Voss", "Tomas Brandt")).named("nominated") == [
        (["Ada Voss"], None), (["Tomas Brandt"], None)]


def test_not_being_on_the_shortlist_is_a_negative_nomination() -> None:
    text = "Ada Voss is not on the shortlist this year."
    fact = facts_of(text, people(text, "Ada Voss")).one("nominated")
    assert fact.polarity == "negative"


def test_other_lists_are_no_nominations() -> None:
    for text in ("Ada Voss is on the list of presenters.", "Ada Voss is on the sanctions list."):
        assert facts_of(text, people(text, "Ada Voss")).named("nominated") == []
