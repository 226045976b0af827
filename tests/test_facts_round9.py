"""Ninth round: "the Leeds-based band", DJs near their station, employers no name stands for, and
performances where the audience was."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def _velvet_harbour(text: str) -> list:  # type: ignore[type-arg]
    places = [entity(text, "G1", "Leeds", "GPE"), entity(text, "G2", "York", "GPE")]
    return [*people(text, "Ivo Sand", "Mara Quill"), entity(text, "O1", "Velvet Harbour", "PERSON"), *places]


def test_the_band_after_adjectives_is_definite_and_the_article_band_found() -> None:
    text = ("Velvet Harbour were the big winners on Friday. The York-born, Leeds-based band took two prizes. "
            "Velvet Harbour have a new album. \"It was hard,\" drummer Ivo Sand said.")
    assert facts_of(text, _velvet_harbour(text)).named("works_for") == [(["Ivo Sand"], "Velvet Harbour")]


def test_a_place_based_band_is_the_article_band() -> None:
    text = ("Velvet Harbour were the big winners on Friday. The York-born, Leeds-based band took two prizes. "
            "Velvet Harbour have a new album.")
    found = facts_of(text, _velvet_harbour(text))
    assert found.named("lived_in") == [(["Velvet Harbour"], "Leeds")]
    assert found.named("born_in") == [(["Velvet Harbour"], "York")]


def test_an_indefinite_band_is_no_article_band() -> None:
    text = ("Velvet Harbour were the big winners on Friday. A Leeds-based band took the other prize. "
            "Velvet Harbour have a new album.")
    assert facts_of(text, _velvet_harbour(text)).named("lived_in") == []


def _radio(text: str) -> list:  # type: ignore[type-arg]
    stations = [entity(text, "O1", "Radio Halcyon", "ORG"), entity(text, "O2", "Radio Pell", "ORG")]
    return [*people(text, "Ivo Sand", "Mara Quill"), *stations]


def test_a_dj_takes_the_station_named_in_the_sentence_before() -> None:
    text = "The new Radio Halcyon show starts on Monday. Dance DJ Ivo Sand will host it every week."
    assert facts_of(text, _radio(text)).named("works_for") == [(["Ivo Sand"], "Radio Halcyon")]


def test_a_dj_takes_no_station_another_presenter_has() -> None:
    text = "She married Radio Halcyon presenter Mara Quill, after she was linked with DJ Ivo Sand."
    assert facts_of(text, _radio(text)).named("works_for") == [(["Mara Quill"], "Radio Halcyon")]


def test_a_dj_takes_no_station_when_two_are_named() -> None:
    text = "Radio Halcyon and Radio Pell both bid for the show. Dance DJ Ivo Sand will host it."
    assert facts_of(text, _radio(text)).named("works_for") == []


def test_an_employer_no_name_stands_for_is_kept_when_the_text_says_which() -> None:
    text = "Ivo Sand, chair of the regional arts committee, praised the plan."
    assert facts_of(text, people(text, "Ivo Sand")).named("works_for") == [(["Ivo Sand"], "regional arts committee")]


def test_a_possessive_employer_keeps_its_possessor() -> None:
    text = "The cost is high, said Ivo Sand, a press manager at the city treasurer's office."
    assert facts_of(text, people(text, "Ivo Sand")).named("works_for") == [(["Ivo Sand"], "city treasurer's office")]


def test_a_bare_employer_noun_is_no_object() -> None:
    text = "Ivo Sand, chairman of the board, praised the plan."
    assert facts_of(text, people(text, "Ivo Sand")).named("works_for") == []


def test_performances_are_where_their_audience_was() -> None:
    text = "The fans at the ceremony were treated to performances from Ivo Sand."
    assert facts_of(text, people(text, "Ivo Sand")).named("performed") == [(["Ivo Sand"], "ceremony")]


def test_a_named_magazine_in_front_of_a_title_is_the_employer() -> None:
    text = "The album is a triumph, according to Kestrel magazine editor Ivo Sand."
    assert facts_of(text, people(text, "Ivo Sand")).named("works_for") == [(["Ivo Sand"], "Kestrel magazine")]


def test_a_bare_employer_noun_in_front_of_a_title_is_no_object() -> None:
    text = "The album is a triumph, according to company chairman Ivo Sand."
    assert facts_of(text, people(text, "Ivo Sand")).named("works_for") == []


def test_the_name_after_a_band_noun_is_the_band_whatever_its_parse() -> None:
    text = "Stars sang on the record, while the now-defunct boy band Stranded performed the theme song."
    found = facts_of(text, [entity(text, "O1", "Stranded", "ORG")])
    assert found.named("performed") == [(["Stranded"], "theme song")]


def test_a_former_employer_noun_in_front_of_a_title_is_no_object() -> None:
    text = "Ivo Sand, a former university professor from Leeds, entered the contest."
    assert facts_of(text, people(text, "Ivo Sand")).named("works_for") == []


def test_the_band_going_on_tour_is_the_article_band() -> None:
    text = ("Velvet Harbour were the big winners on Friday. Velvet Harbour have a new album. "
            "The singer left shortly before the band were due to go on tour.")
    assert facts_of(text, _velvet_harbour(text)).named("performed") == [(["Velvet Harbour"], "tour")]


def test_a_band_going_on_tour_is_no_article_band() -> None:
    text = ("Velvet Harbour were the big winners on Friday. The band have a new album. Velvet Harbour sold well. "
            "The singer left shortly before a band from York went on tour.")
    assert facts_of(text, _velvet_harbour(text)).named("performed") == []


def test_the_host_of_a_show_on_a_station_works_for_the_station() -> None:
    text = "Mara Quill is host of Night Moves on Radio Halcyon's digital station."
    assert facts_of(text, _radio(text)).named("works_for") == [(["Mara Quill"], "Radio Halcyon")]
