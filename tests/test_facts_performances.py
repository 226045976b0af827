"""Performances: concerts, gigs and tours of the people who give them."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def test_a_singers_concert_is_a_performance_with_its_date() -> None:
    text = "Fans queued for Mara Quill's 12 March concert in Leeds."
    fact = facts_of(text, people(text, "Mara Quill")).one("performed")
    assert (fact.participants, fact.arguments["object_text"], fact.time) == (["P1"], "concert", "XXXX-03-12")


def test_organising_or_hosting_a_concert_is_no_performance() -> None:
    text = "Harbour Radio organised a concert in Leeds, and Mara Quill hosted a gig in York."
    entities = [*people(text, "Mara Quill"), entity(text, "O1", "Harbour Radio", "ORG")]
    assert facts_of(text, entities).named("performed") == []


def test_touring_as_a_verb_is_a_performance_of_its_subject() -> None:
    text = "Velvet Harbour will tour Japan next year, but Grey Meadow have not toured since 1999."
    entities = [entity(text, "O1", "Velvet Harbour", "ORG"), entity(text, "O2", "Grey Meadow", "ORG")]
    found = facts_of(text, entities)
    assert sorted((f.participants, f.polarity) for f in found.facts if f.predicate == "performed") == [
        (["O1"], "positive"), (["O2"], "negative")
    ]


def test_a_visitor_touring_a_site_gives_no_performance() -> None:
    text = "Mara Quill, touring the flooded town on Monday, praised the rescuers."
    assert facts_of(text, people(text, "Mara Quill")).named("performed") == []


def test_a_campaign_or_foreign_tour_is_no_performance() -> None:
    for text in ("Mara Quill's foreign tour took in four capitals.", "Mara Quill began a 12-state tour on Monday."):
        assert facts_of(text, people(text, "Mara Quill")).named("performed") == [], text


def test_a_tour_of_cities_is_a_performance() -> None:
    text = "Mara Quill begins a 12-city tour on Monday."
    assert facts_of(text, people(text, "Mara Quill")).named("performed") == [(["Mara Quill"], "city tour")]
