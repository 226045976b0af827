"""Performances: concerts, gigs, tours and appearances of the people who give them, and the events
that feature them."""

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


def test_a_promotional_tour_is_no_performance() -> None:
    text = "Mara Quill starts a promotional tour for her memoir on Monday."
    assert facts_of(text, people(text, "Mara Quill")).named("performed") == []


def test_a_tour_of_cities_is_a_performance() -> None:
    text = "Mara Quill begins a 12-city tour on Monday."
    assert facts_of(text, people(text, "Mara Quill")).named("performed") == [(["Mara Quill"], "city tour")]


def _velvet_harbour_on_tour(text: str) -> list:  # type: ignore[type-arg]
    others = [entity(text, "G1", "Peru", "GPE"), entity(text, "V1", "Halcyon Festival", "EVENT")]
    return [*people(text, "Ivo Sand", "Mara Quill"), entity(text, "O1", "Velvet Harbour", "ORG"), *others]


def test_performances_an_event_features_are_performances_at_it() -> None:
    text = "The Harbour Awards will feature performances by Mara Quill and Tomas Brandt."
    entities = [*people(text, "Mara Quill", "Tomas Brandt"), entity(text, "V1", "The Harbour Awards", "EVENT")]
    assert sorted(facts_of(text, entities).named("performed")) == [
        (["Mara Quill"], "The Harbour Awards"),
        (["Tomas Brandt"], "The Harbour Awards"),
    ]


def test_performances_from_at_an_unnamed_ceremony() -> None:
    text = "The ceremony featured performances from Mara Quill."
    assert facts_of(text, people(text, "Mara Quill")).named("performed") == [(["Mara Quill"], "ceremony")]


def test_a_performer_alone_is_no_event() -> None:
    text = "Mara Quill gave a performance that Tomas Brandt praised."
    assert facts_of(text, people(text, "Mara Quill", "Tomas Brandt")).named("performed") == []


def test_performances_are_where_their_audience_was() -> None:
    text = "The fans at the ceremony were treated to performances from Ivo Sand."
    assert facts_of(text, people(text, "Ivo Sand")).named("performed") == [(["Ivo Sand"], "ceremony")]


def test_a_band_that_toured_performed_a_tour() -> None:
    text = "Velvet Harbour toured Peru last spring."
    found = facts_of(text, _velvet_harbour_on_tour(text))
    assert found.named("performed") == [(["Velvet Harbour"], "tour")]
    assert found.one("performed").place == "G1"


def test_a_band_that_has_not_toured_has_a_negative_tour() -> None:
    text = "Velvet Harbour have played with other singers but have not toured."
    assert facts_of(text, _velvet_harbour_on_tour(text)).one("performed").polarity == "negative"


def test_touring_a_place_is_no_tour() -> None:
    text = "Mara Quill, touring the flooded villages, praised the rescuers."
    assert facts_of(text, _velvet_harbour_on_tour(text)).named("performed") == []


def test_an_appearance_at_an_event_is_a_performance() -> None:
    text = "Ivo Sand's appearance at the Halcyon Festival drew a huge crowd."
    assert facts_of(text, _velvet_harbour_on_tour(text)).named("performed") == [(["Ivo Sand"], "Halcyon Festival")]


def test_an_appearance_on_a_day_is_no_performance() -> None:
    text = "Ivo Sand's appearance on Friday was brief."
    assert facts_of(text, _velvet_harbour_on_tour(text)).named("performed") == []


def test_an_appearance_at_a_court_is_no_performance() -> None:
    text = "Ivo Sand made a brief appearance at Kestrel Crown Court on Monday."
    entities = [*people(text, "Ivo Sand"), entity(text, "O2", "Kestrel Crown Court", "ORG")]
    assert facts_of(text, entities).named("performed") == []


def test_an_appearance_at_a_benefit_concert_named_as_an_organisation_is_a_performance() -> None:
    text = "Ivo Sand's appearance at Harbour Aid was the highlight of his career."
    entities = [*people(text, "Ivo Sand"), entity(text, "O2", "Harbour Aid", "ORG")]
    assert facts_of(text, entities).named("performed") == [(["Ivo Sand"], "Harbour Aid")]
