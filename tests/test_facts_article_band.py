"""The band an article is about, found from a name taking a plural verb, and its singer named near it."""

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
