"""The band an article is about, found from a name taking a plural verb, "the Leeds-based band", a band
noun before its name, or "they" and "their"; and its singer named near it."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def _velvet_harbour(text: str) -> list:  # type: ignore[type-arg]
    return [*people(text, "Ivo Sand", "Mara Quill"), entity(text, "O1", "Velvet Harbour", "PERSON")]


def test_a_name_with_a_plural_verb_in_an_article_about_a_band_is_that_band() -> None:
    text = ("Velvet Harbour are to tour Japan. The band sold a million records. Velvet Harbour have a new album. "
            "\"We are back,\" said keyboard player Ivo Sand.")
    assert facts_of(text, _velvet_harbour(text)).named("works_for") == [(["Ivo Sand"], "Velvet Harbour")]


def test_a_plural_verb_is_no_band_without_a_band_in_the_article() -> None:
    text = "Velvet Harbour are to tour Japan. Velvet Harbour have a new album. Keyboard player Ivo Sand said so."
    assert facts_of(text, _velvet_harbour(text)).named("works_for") == []


def test_a_singer_next_to_the_article_band_is_its_singer() -> None:
    text = ("Velvet Harbour are to tour Japan. The band sold a million records. Velvet Harbour have a new album. "
            "Singer Mara Quill said so.")
    assert facts_of(text, _velvet_harbour(text)).named("works_for") == [(["Mara Quill"], "Velvet Harbour")]


def test_a_singer_far_from_the_article_band_is_someone_else() -> None:
    text = ("Velvet Harbour are to tour Japan. The band sold a million records. Velvet Harbour have a new album. "
            "The prize went to a newcomer. The crowd cheered. Singer Mara Quill presented it.")
    assert facts_of(text, _velvet_harbour(text)).named("works_for") == []


def test_a_genre_singer_next_to_the_article_band_is_a_solo_act() -> None:
    text = ("Velvet Harbour are to tour Japan. The band sold a million records. Velvet Harbour have a new album. "
            "Acts at the show include soul singer Mara Quill.")
    assert facts_of(text, _velvet_harbour(text)).named("works_for") == []


def _velvet_harbour_in_leeds(text: str) -> list:  # type: ignore[type-arg]
    places = [entity(text, "G1", "Leeds", "GPE"), entity(text, "G2", "York", "GPE")]
    return [*people(text, "Ivo Sand", "Mara Quill"), entity(text, "O1", "Velvet Harbour", "PERSON"), *places]


def _velvet_harbour_on_tour(text: str) -> list:  # type: ignore[type-arg]
    others = [entity(text, "G1", "Peru", "GPE"), entity(text, "V1", "Halcyon Festival", "EVENT")]
    return [*people(text, "Ivo Sand", "Mara Quill"), entity(text, "O1", "Velvet Harbour", "ORG"), *others]


def test_the_band_after_adjectives_is_definite_and_the_article_band_found() -> None:
    text = ("Velvet Harbour were the big winners on Friday. The York-born, Leeds-based band took two prizes. "
            "Velvet Harbour have a new album. \"It was hard,\" drummer Ivo Sand said.")
    assert facts_of(text, _velvet_harbour_in_leeds(text)).named("works_for") == [(["Ivo Sand"], "Velvet Harbour")]


def test_a_place_based_band_is_the_article_band() -> None:
    text = ("Velvet Harbour were the big winners on Friday. The York-born, Leeds-based band took two prizes. "
            "Velvet Harbour have a new album.")
    found = facts_of(text, _velvet_harbour_in_leeds(text))
    assert found.named("lived_in") == [(["Velvet Harbour"], "Leeds")]
    assert found.named("born_in") == [(["Velvet Harbour"], "York")]


def test_an_indefinite_band_is_no_article_band() -> None:
    text = ("Velvet Harbour were the big winners on Friday. A Leeds-based band took the other prize. "
            "Velvet Harbour have a new album.")
    assert facts_of(text, _velvet_harbour_in_leeds(text)).named("lived_in") == []


def test_the_name_after_a_band_noun_is_the_band_whatever_its_parse() -> None:
    text = "Stars sang on the record, while the now-defunct boy band Stranded performed the theme song."
    found = facts_of(text, [entity(text, "O1", "Stranded", "ORG")])
    assert found.named("performed") == [(["Stranded"], "theme song")]


def test_the_band_going_on_tour_is_the_article_band() -> None:
    text = ("Velvet Harbour were the big winners on Friday. Velvet Harbour have a new album. "
            "The singer left shortly before the band were due to go on tour.")
    assert facts_of(text, _velvet_harbour_in_leeds(text)).named("performed") == [(["Velvet Harbour"], "tour")]


def test_a_band_going_on_tour_is_no_article_band() -> None:
    text = ("Velvet Harbour were the big winners on Friday. The band have a new album. Velvet Harbour sold well. "
            "The singer left shortly before a band from York went on tour.")
    assert facts_of(text, _velvet_harbour_in_leeds(text)).named("performed") == []


def test_they_are_the_band_the_article_is_about() -> None:
    text = ("Velvet Harbour were the big winners on Friday. The band have a new album. "
            "Velvet Harbour will play it live. They will also tour Peru next year.")
    assert facts_of(text, _velvet_harbour_on_tour(text)).named("performed") == [(["Velvet Harbour"], "tour")]


def test_they_are_nobody_in_an_article_about_no_band() -> None:
    text = "Ivo Sand and Mara Quill met the fans. They will tour Peru next year."
    assert facts_of(text, _velvet_harbour_on_tour(text)).named("performed") == []


def test_their_appearance_is_the_band_s() -> None:
    text = ("Velvet Harbour were the big winners on Friday. The band have a new album. "
            "Velvet Harbour will play it live. Their appearance at the Halcyon Festival was a triumph.")
    assert facts_of(text, _velvet_harbour_on_tour(text)).named("performed") == [(["Velvet Harbour"], "Halcyon Festival")]


def _two_bands(text: str) -> list:  # type: ignore[type-arg]
    bands = [entity(text, "O1", "Velvet Harbour", "PERSON"), entity(text, "O2", "Copper Gulls", "PERSON")]
    return [*people(text, "Ivo Sand", "Mara Quill"), *bands]


def test_a_singers_former_band_is_not_the_article_band() -> None:
    # the band one left is named with the title ("the former X singer"), the article's band without one
    text = ("Copper Gulls played to 5,000 fans. The former Velvet Harbour singer argued with guitarist Ivo Sand. "
            "Mara Quill left Velvet Harbour in 2003. Copper Gulls finished the set.")
    assert (["Ivo Sand"], "Velvet Harbour") not in facts_of(text, _two_bands(text)).named("works_for")


def test_a_band_named_before_a_current_title_is_still_the_article_band() -> None:
    text = ("Copper Gulls played to 5,000 fans. The Velvet Harbour singer argued with guitarist Ivo Sand. "
            "Mara Quill joined Velvet Harbour in 2003. Velvet Harbour finished the set.")
    assert (["Ivo Sand"], "Velvet Harbour") in facts_of(text, _two_bands(text)).named("works_for")
