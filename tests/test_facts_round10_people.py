"""Tenth round, people's predicates: a band that tours, an appearance at an event, and a plural pronoun
for the band an article is about."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def _velvet_harbour(text: str) -> list:  # type: ignore[type-arg]
    others = [entity(text, "G1", "Peru", "GPE"), entity(text, "V1", "Halcyon Festival", "EVENT")]
    return [*people(text, "Ivo Sand", "Mara Quill"), entity(text, "O1", "Velvet Harbour", "ORG"), *others]


def test_a_band_that_toured_performed_a_tour() -> None:
    text = "Velvet Harbour toured Peru last spring."
    found = facts_of(text, _velvet_harbour(text))
    assert found.named("performed") == [(["Velvet Harbour"], "tour")]
    assert found.one("performed").place == "G1"


def test_a_band_that_has_not_toured_has_a_negative_tour() -> None:
    text = "Velvet Harbour have played with other singers but have not toured."
    assert facts_of(text, _velvet_harbour(text)).one("performed").polarity == "negative"


def test_touring_a_place_is_no_tour() -> None:
    text = "Mara Quill, touring the flooded villages, praised the rescuers."
    assert facts_of(text, _velvet_harbour(text)).named("performed") == []


def test_an_appearance_at_an_event_is_a_performance() -> None:
    text = "Ivo Sand's appearance at the Halcyon Festival drew a huge crowd."
    assert facts_of(text, _velvet_harbour(text)).named("performed") == [(["Ivo Sand"], "Halcyon Festival")]


def test_an_appearance_on_a_day_is_no_performance() -> None:
    text = "Ivo Sand's appearance on Friday was brief."
    assert facts_of(text, _velvet_harbour(text)).named("performed") == []


def test_they_are_the_band_the_article_is_about() -> None:
    text = ("Velvet Harbour were the big winners on Friday. The band have a new album. "
            "Velvet Harbour will play it live. They will also tour Peru next year.")
    assert facts_of(text, _velvet_harbour(text)).named("performed") == [(["Velvet Harbour"], "tour")]


def test_their_appearance_is_the_band_s() -> None:
    text = ("Velvet Harbour were the big winners on Friday. The band have a new album. "
            "Velvet Harbour will play it live. Their appearance at the Halcyon Festival was a triumph.")
    assert facts_of(text, _velvet_harbour(text)).named("performed") == [(["Velvet Harbour"], "Halcyon Festival")]


def test_they_are_nobody_in_an_article_about_no_band() -> None:
    text = "Ivo Sand and Mara Quill met the fans. They will tour Peru next year."
    assert facts_of(text, _velvet_harbour(text)).named("performed") == []


def test_an_appearance_at_a_court_is_no_performance() -> None:
    text = "Ivo Sand made a brief appearance at Kestrel Crown Court on Monday."
    entities = [*people(text, "Ivo Sand"), entity(text, "O2", "Kestrel Crown Court", "ORG")]
    assert facts_of(text, entities).named("performed") == []


def test_an_appearance_at_a_benefit_concert_named_as_an_organisation_is_a_performance() -> None:
    text = "Ivo Sand's appearance at Harbour Aid was the highlight of his career."
    entities = [*people(text, "Ivo Sand"), entity(text, "O2", "Harbour Aid", "ORG")]
    assert facts_of(text, entities).named("performed") == [(["Ivo Sand"], "Harbour Aid")]
