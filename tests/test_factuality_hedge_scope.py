"""How far a hedge reaches: not into a finite verb joined to a hedged infinitive, not into a participle set off
by a comma, and "appear" hedges only a complement, not a title the parser took for one."""

from __future__ import annotations

import pytest

from tests.facts_support import factuality_of

pytestmark = pytest.mark.slow


def test_a_past_verb_after_a_requested_infinitive_happened() -> None:
    fact = factuality_of("Ivo Sand was asked to sing at the gala and sang his new song.", "sang")
    assert (fact.polarity, fact.certainty) == ("positive", "certain")


def test_a_present_verb_after_a_scheduled_infinitive_is_asserted() -> None:
    text = "The musical, to be staged by Ivo Sand, is due to start touring at the Lisbon opera in May and stars Reyes."
    assert factuality_of(text, "stars").certainty == "certain"


def test_a_past_verb_after_a_stopping_verb_is_not_negated() -> None:
    fact = factuality_of("Ivo Sand stopped to sign autographs and joked with fans.", "joked")
    assert (fact.polarity, fact.certainty) == ("positive", "certain")


def test_a_vowed_infinitive_stays_possible_but_the_past_verb_after_it_is_certain() -> None:
    text = "Ivo Sand vowed to end the feud and condemned the label."
    assert (factuality_of(text, "end").certainty, factuality_of(text, "condemned").certainty) == ("possible", "certain")


def test_a_bare_verb_after_an_infinitive_shares_its_hedge() -> None:
    assert factuality_of("The serpent is going to rise from the sea and scare the sailors.", "scare").certainty == "possible"


def test_a_participle_set_off_by_a_comma_is_outside_the_hedge() -> None:
    text = (
        "Filming is expected to start once Reyes has finished work on Harbour Lights, a sequel to Grey Dawn,"
        " starring Ivo Sand and Ana Reyes."
    )
    assert factuality_of(text, "starring").certainty == "certain"


def test_appearing_in_films_named_like_a_clause_is_certain() -> None:
    text = "She also appeared in 5 Ivo Sand films, including Grey Dawn, Do the Math and Cold Fever."
    assert factuality_of(text, "appeared").certainty == "certain"


def test_appearing_to_have_left_is_still_probable() -> None:
    assert factuality_of("Ana Reyes appeared to have left the city.", "appeared").certainty == "probable"


def test_possible_before_a_number_bounds_it_and_doubts_nothing() -> None:
    text = "Ana Reyes took three of a possible five nominations in the drama category."
    assert factuality_of(text, "nominations").certainty == "certain"


def test_possible_before_a_noun_still_doubts_it() -> None:
    assert factuality_of("Ana Reyes is a possible candidate.", "candidate").certainty == "possible"


def test_an_invitation_followed_by_the_same_verb_in_the_past_was_taken_up() -> None:
    text = "Ivo Sand was invited to sing at the final in Lisbon and sang his new song."
    assert factuality_of(text, "sing").certainty == "certain"


def test_an_invitation_followed_by_another_verb_is_still_only_an_invitation() -> None:
    text = "Ivo Sand was invited to sing at the final in Lisbon and thanked the organisers."
    assert factuality_of(text, "sing").certainty == "possible"

