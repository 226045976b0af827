"""A fact's tense, from its trigger's clause: past, present, future (a plan or prediction), or unknown."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people


def _tense(text: str, predicate: str) -> str | None:
    found = facts_of(text, people(text, "Mara Quill", "Ivo Sand"))
    return found.one(predicate).tense


@pytest.mark.parametrize(
    ("text", "predicate", "tense"),
    [
        ("Mara Quill married Ivo Sand in 2011.", "married", "past"),
        ("Mara Quill has married Ivo Sand.", "married", "past"),
        ("Mara Quill may have married Ivo Sand.", "married", "past"),
        ("Mara Quill is dating Ivo Sand.", "dating", "present"),
        ("Mara Quill will marry Ivo Sand in June.", "married", "future"),
        ("Mara Quill is going to marry Ivo Sand.", "married", "future"),
        ("Mara Quill plans to marry Ivo Sand.", "married", "future"),
        ("Mara Quill is set to marry Ivo Sand.", "married", "future"),
        ("Mara Quill may marry Ivo Sand.", "married", "future"),
        ("Mara Quill would not marry Ivo Sand.", "married", "future"),
        ("Mara Quill will fly home and marry Ivo Sand.", "married", "future"),
    ],
)
def test_the_tense_of_the_triggers_clause(text: str, predicate: str, tense: str) -> None:
    assert _tense(text, predicate) == tense


def test_a_plan_that_was_made_in_the_past_says_nothing_of_whether_it_happened() -> None:
    assert _tense("Mara Quill was set to marry Ivo Sand.", "married") is None


def test_could_is_the_past_of_can_as_often_and_tells_no_tense() -> None:
    assert _tense("Mara Quill could marry Ivo Sand.", "married") is None


def test_a_prediction_with_likely_is_future() -> None:
    text = "Mara Quill looks likely to lose out on the best actress prize to Ivo Sand."
    found = facts_of(text, people(text, "Mara Quill", "Ivo Sand"))
    assert {fact.tense for fact in found.facts if fact.predicate == "won_award"} == {"future"}


def test_a_noun_trigger_takes_the_tense_of_the_clause_it_is_an_argument_of() -> None:
    text = "Mara Quill is the wife of Ivo Sand."
    assert {fact.tense for fact in facts_of(text, people(text, "Mara Quill", "Ivo Sand")).facts} == {"present"}


def test_a_participle_clause_takes_the_tense_of_its_verb() -> None:
    text = "Mara Quill was honoured again, winning the best actress prize."
    found = facts_of(text, people(text, "Mara Quill"))
    assert found.one("won_award").tense == "past"


def test_a_description_takes_no_tense_from_a_clause_that_says_something_else_of_it() -> None:
    text = "Mara Quill's album Blue Hours is still regarded as a classic."
    found = facts_of(text, [*people(text, "Mara Quill"), entity(text, "W1", "Blue Hours", "WORK")])
    assert found.one("develops").tense is None  # she made it some time; "is regarded" is not when


def test_a_bare_infinitive_happens_when_the_verb_it_completes_does() -> None:
    text = "The vote saw Mara Quill win the best actress prize."
    assert facts_of(text, people(text, "Mara Quill")).one("won_award").tense == "past"


def test_a_phrase_on_a_copula_takes_its_tense() -> None:
    text = "Mara Quill was up for the best actress prize."
    assert facts_of(text, people(text, "Mara Quill")).one("nominated").tense == "past"


def test_a_copula_with_a_complement_is_no_word_of_planning() -> None:
    text = "It was great to see Mara Quill win the best actress prize."
    assert facts_of(text, people(text, "Mara Quill")).one("won_award").tense != "future"


def test_is_to_is_a_plan() -> None:
    assert _tense("Mara Quill is to marry Ivo Sand.", "married") == "future"


def test_the_favourite_to_win_is_a_prediction() -> None:
    text = "Mara Quill is favourite to win the best actress prize."
    assert facts_of(text, people(text, "Mara Quill")).one("won_award").tense == "future"


def test_a_name_taken_for_a_modal_is_no_modal() -> None:
    text = "Ivo Sand sang. May performed with Mara Quill at a concert in London in September."
    found = facts_of(text, people(text, "Mara Quill", "Ivo Sand", "May"))
    assert found.facts and {fact.tense for fact in found.facts} == {"past"}
