"""citizen_of is for people and music acts (the held-out gold README's decision on bands: "Irish rock band X"):
a nationality in front of a firm or another body gives no citizenship, even when the entities stage has typed
the body's name as a person."""

from __future__ import annotations

from tests.facts_support import facts_of, people


def test_a_nationality_before_a_band_is_the_band_s() -> None:
    text = "Danish rock band Velvet Gulls have split after ten years, said Ivo Sand."
    found = facts_of(text, people(text, "Velvet Gulls", "Ivo Sand")).named("citizen_of")
    assert found == [(["Velvet Gulls"], "Denmark")]


def test_a_nationality_before_a_firm_gives_no_citizenship() -> None:
    text = "Norwegian software firm Kelpware has bought a rival. Swedish subsidiary Brannholt was sold."
    assert facts_of(text, people(text, "Kelpware", "Brannholt")).named("citizen_of") == []


def test_a_nationality_before_a_person_is_still_a_citizenship() -> None:
    text = "Danish singer Ivo Sand has left Velvet Gulls, the band he founded."
    found = facts_of(text, people(text, "Ivo Sand"))
    assert found.named("citizen_of") == [(["Ivo Sand"], "Denmark")]


def test_a_film_maker_is_a_person_not_a_body() -> None:
    text = "Dutch film-maker Ivo Sand has finished his second documentary."
    found = facts_of(text, people(text, "Ivo Sand"))
    assert found.named("citizen_of") == [(["Ivo Sand"], "Netherlands")]
