"""A noun that a cancelling verb takes as its object did not happen ("the tour was cancelled")."""

from __future__ import annotations

import pytest

from tests.facts_support import facts_of, factuality_of, people

pytestmark = pytest.mark.slow


def test_a_cancelled_tour_did_not_take_place() -> None:
    text = "Ivo Sand's spring tour was cancelled after a fall on stage."
    fact = facts_of(text, people(text, "Ivo Sand")).one("performed")
    assert (fact.participants, fact.polarity) == (["P1"], "negative")


def test_a_scrapped_object_is_negative() -> None:
    assert factuality_of("The broadcaster scrapped the quiz show in March.", "show").polarity == "negative"


def test_a_word_hanging_from_the_cancelled_noun_keeps_its_polarity() -> None:
    reading = factuality_of("A dinner planned by the Kelp Institute for Friday was cancelled.", "planned")
    assert reading.polarity == "positive"


def test_a_postponed_tour_is_not_negated() -> None:
    text = "Ivo Sand's spring tour was postponed after a fall on stage."
    assert facts_of(text, people(text, "Ivo Sand")).one("performed").polarity == "positive"


def test_a_tour_a_cancelling_participle_describes_is_negative() -> None:
    reading = factuality_of("The storm led to Ivo Sand's tour being cancelled in May.", "tour")
    assert reading.polarity == "negative"


def test_a_tour_cancelled_in_a_because_clause_is_negative() -> None:
    text = "Fans were angry because Ivo Sand had cancelled his spring tour."
    assert facts_of(text, people(text, "Ivo Sand")).one("performed").polarity == "negative"
