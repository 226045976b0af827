"""A win told in the sentence after an undated lead takes the lead's year, and nothing further."""

from __future__ import annotations

from tests.facts_support import facts_of, people


def test_a_win_named_after_an_undated_lead_takes_the_leads_year() -> None:
    text = (
        "A memoir about lighthouse keepers has won the Kestrel Book Award 2019. "
        "Mara Quill, a teacher from the coast, collected the prize for her first book."
    )
    fact = facts_of(text, people(text, "Mara Quill")).one("won_award")
    assert fact.time == "2019"


def test_the_year_may_be_the_festivals_in_the_lead() -> None:
    text = (
        "A film about two sisters has picked up the top prize at the 2018 Harbour Film Festival in Oslo. "
        "Mara Quill collected the prize for her first feature."
    )
    assert facts_of(text, people(text, "Mara Quill")).one("won_award").time == "2018"


def test_a_lead_that_names_its_winner_dates_nothing_in_the_next_sentence() -> None:
    text = (
        "Ivo Sand has won the Kestrel Book Award 2019. "
        "Mara Quill collected the poetry prize for her first book."
    )
    found = facts_of(text, people(text, "Ivo Sand", "Mara Quill"))
    times = {found.names[fact.participants[0]]: fact.time for fact in found.facts if fact.predicate == "won_award"}
    assert times == {"Ivo Sand": "2019", "Mara Quill": None}


def test_the_leads_year_reaches_only_the_second_sentence() -> None:
    text = (
        "A memoir about lighthouse keepers has won the Kestrel Book Award 2019. "
        "The judges met in a small library. "
        "Mara Quill collected the poetry prize for her first book."
    )
    assert facts_of(text, people(text, "Mara Quill")).one("won_award").time is None
