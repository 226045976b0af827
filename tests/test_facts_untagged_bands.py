"""A band title after a band's name that no entity stands for: the name, as text ("Kestrel Squad
singer X")."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def test_an_untagged_band_name_before_a_singer_is_the_singers_band() -> None:
    text = "Bookmakers now make Kestrel Squad singer Ivo Sand the favourite to win."
    assert facts_of(text, people(text, "Ivo Sand")).named("works_for") == [(["Ivo Sand"], "Kestrel Squad")]


def test_a_name_clipped_with_an_apostrophe_is_kept_whole() -> None:
    text = "The show starred Rollin' Tides drummer Ivo Sand and a chef."
    assert facts_of(text, people(text, "Ivo Sand")).named("works_for") == [(["Ivo Sand"], "Rollin' Tides")]


def test_a_genre_is_no_band() -> None:
    text = "The festival booked Reggae singer Ivo Sand for Sunday."
    assert facts_of(text, people(text, "Ivo Sand")).named("works_for") == []


def test_a_word_capitalised_for_opening_the_sentence_is_no_band() -> None:
    text = "Veteran singer Ivo Sand has died at the age of 80."
    assert facts_of(text, people(text, "Ivo Sand")).named("works_for") == []


def test_a_nationality_the_entities_stage_found_is_no_band() -> None:
    text = "The festival booked Welsh singer Ivo Sand for Sunday."
    entities = [*people(text, "Ivo Sand"), entity(text, "N1", "Welsh", "NORP")]
    assert facts_of(text, entities).named("works_for") == []


def test_a_date_before_the_title_is_no_band() -> None:
    text = "And on 3 March singer Ivo Sand quit the show after a row."
    assert facts_of(text, people(text, "Ivo Sand")).named("works_for") == []


def test_a_name_opening_with_a_negation_is_left_alone() -> None:
    text = "The advert starred No Harbour singer Ivo Sand and a chef."
    assert facts_of(text, people(text, "Ivo Sand")).named("works_for") == []
