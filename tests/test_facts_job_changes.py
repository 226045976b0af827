"""Job changes as works_for (twenty-seventh round): a start ("joined", "signed for", "hired") dates the relation's
start (valid_from), an end ("resigned from", "quit", "left", "was sacked by") its end (valid_to); a show, a list or a
school one joins or leaves employs nobody, and a description of the doer is no post."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_joining_an_employer_starts_the_relation() -> None:
    text = "Ruth Akande joined Halcyon Records as a producer in 2019."
    found = facts_of(text, [*people(text, "Ruth Akande"), entity(text, "O1", "Halcyon Records", "ORG")])
    fact = found.one("works_for")
    assert (fact.valid_from, fact.valid_to, fact.arguments.get("role")) == ("2019", None, "producer")


def test_a_hiring_names_the_employer_as_its_doer() -> None:
    text = "Kestrel Bank hired Maria Costa as its chief economist in 2021."
    found = facts_of(text, [*people(text, "Maria Costa"), entity(text, "O1", "Kestrel Bank", "ORG")])
    assert found.named("works_for") == [(["Maria Costa"], "Kestrel Bank")]
    assert found.one("works_for").valid_from == "2021"


def test_signing_for_a_club_named_after_its_city() -> None:
    text = "Paulo Mendes signed for Wexford in 2021."
    found = facts_of(text, [*people(text, "Paulo Mendes"), entity(text, "G1", "Wexford", "GPE")])
    assert found.named("works_for") == [(["Paulo Mendes"], "Wexford")]


def test_resigning_ends_the_relation_at_its_time() -> None:
    text = "Lena Ford resigned from Vantor Media in May 2024."
    found = facts_of(text, [*people(text, "Lena Ford"), entity(text, "O1", "Vantor Media", "ORG")])
    fact = found.one("works_for")
    assert (fact.time, fact.valid_from, fact.valid_to) == (None, None, "2024-05")


def test_a_start_and_an_end_make_one_relation() -> None:
    text = "Tom Brand joined Kestrel Group in 2015. Brand quit Kestrel Group in 2020."
    found = facts_of(text, [*people(text, "Tom Brand"), entity(text, "O1", "Kestrel Group", "ORG")])
    fact = found.one("works_for")
    assert (fact.valid_from, fact.valid_to) == ("2015", "2020")


def test_an_undated_end_ended_before_the_article() -> None:
    text = "Joe Pike was sacked by Wexford United after a poor run."
    found = facts_of(text, [*people(text, "Joe Pike"), entity(text, "O1", "Wexford United", "ORG")])
    assert found.one("works_for").valid_to == "PAST_REF"


def test_a_show_or_a_school_employs_nobody() -> None:
    text = "Sam Cole joined the Lantern TV show on Monday. Ann Bell quit Harbour Grammar School at 16."
    entities = [*people(text, "Sam Cole", "Ann Bell"), entity(text, "O1", "Lantern TV", "ORG"),
                entity(text, "O2", "Harbour Grammar School", "ORG")]
    assert facts_of(text, entities).named("works_for") == []


def test_an_office_with_no_employer_named_gives_nothing() -> None:
    text = "Transport minister Alan Denning resigned on Tuesday."
    assert facts_of(text, people(text, "Alan Denning")).named("works_for") == []


def test_a_description_of_the_doer_is_no_role() -> None:
    text = "Ivo Sand joined Kestrel Oil as a 20 year-old."
    found = facts_of(text, [*people(text, "Ivo Sand"), entity(text, "O1", "Kestrel Oil", "ORG")])
    assert "role" not in found.one("works_for").arguments


def test_a_title_a_verb_of_beginning_predicates_starts_the_post() -> None:
    text = "Maria Costa was appointed chief executive of Kestrel Bank in 2020."
    found = facts_of(text, [*people(text, "Maria Costa"), entity(text, "O1", "Kestrel Bank", "ORG")])
    assert found.one("works_for").valid_from == "2020"


def test_resigning_as_a_title_ends_the_post_at_the_verbs_time() -> None:
    text = "Maria Costa resigned as chief executive of Kestrel Bank in 2020."
    found = facts_of(text, [*people(text, "Maria Costa"), entity(text, "O1", "Kestrel Bank", "ORG")])
    fact = found.one("works_for")
    assert (fact.valid_from, fact.valid_to, fact.arguments.get("role")) == (None, "2020", "chief executive")


def test_the_one_replaced_as_a_title_held_it_until_then() -> None:
    text = "Ivo Sand has replaced Tom Brand as chief executive of Kestrel Oil."
    entities = [*people(text, "Ivo Sand", "Tom Brand"), entity(text, "O1", "Kestrel Oil", "ORG")]
    found = facts_of(text, entities)
    assert found.named("works_for") == [(["Tom Brand"], "Kestrel Oil")]
    assert found.one("works_for").valid_to == "PAST_REF"


def test_becoming_a_title_starts_the_post() -> None:
    text = "Maria Costa became chief executive of Kestrel Bank in 2020."
    found = facts_of(text, [*people(text, "Maria Costa"), entity(text, "O1", "Kestrel Bank", "ORG")])
    assert found.one("works_for").valid_from == "2020"


def test_joining_from_another_employer_ends_that_post() -> None:
    text = "Tom Brand joined Kestrel Oil from Vantor Media in 2018."
    entities = [*people(text, "Tom Brand"), entity(text, "O1", "Kestrel Oil", "ORG"), entity(text, "O2", "Vantor Media", "ORG")]
    found = facts_of(text, entities)
    dates = {found.names[fact.object or ""]: (fact.valid_from, fact.valid_to) for fact in found.facts}
    assert dates == {"Kestrel Oil": ("2018", None), "Vantor Media": (None, "2018")}


def test_a_former_title_ended_before_the_article() -> None:
    text = "Former Kestrel Oil chief executive Ivo Sand said the deal was sound."
    found = facts_of(text, [*people(text, "Ivo Sand"), entity(text, "O1", "Kestrel Oil", "ORG")])
    fact = found.one("works_for")
    assert (fact.valid_from, fact.valid_to) == (None, "PAST_REF")


def test_leaving_an_employer_ends_the_relation() -> None:
    """Twenty-eighth round: "left Y", "departed from Y", "his departure from Y" end the post."""
    text = "Dana Voss left Orbit Radio in 2022. Ken Hale announced his departure from the band Glass Pilots."
    entities = [*people(text, "Dana Voss", "Ken Hale"), entity(text, "O1", "Orbit Radio", "ORG"),
                entity(text, "O2", "Glass Pilots", "ORG")]
    found = facts_of(text, entities)
    assert sorted(found.named("works_for")) == [(["Dana Voss"], "Orbit Radio"), (["Ken Hale"], "Glass Pilots")]
    assert {fact.valid_to for fact in found.facts} == {"2022", "PAST_REF"}


def test_leaving_a_place_or_leaving_a_show_to_present_another_ends_no_post() -> None:
    text = "Dana Voss left Paris in 2022. Ken Hale left Garden Rescue to host a quiz show."
    entities = [*people(text, "Dana Voss", "Ken Hale"), entity(text, "G1", "Paris", "GPE"),
                entity(text, "O1", "Garden Rescue", "ORG")]
    assert facts_of(text, entities).named("works_for") == []
