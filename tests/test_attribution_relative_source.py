"""A relative pronoun source ("a poll that showed", "an official who said") stands for the noun its
clause hangs on: two such pronouns are two sources, an unnamed official is anonymous, and a named
person the description is put beside is that person."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sources(attributions, text: str):  # type: ignore[no-untyped-def]
    return {a.cue.text: a.source for a in attributions(text) if a.cue is not None and a.source is not None}


def test_two_relative_pronouns_are_two_sources(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "The ministry released figures that showed exports rising. Rivals cited a survey that suggested imports fell."
    sources = _sources(attributions, text)
    assert sources["showed"].text == sources["suggested"].text == "that"
    assert sources["showed"].ref != sources["suggested"].ref


def test_an_unnamed_official_who_speaks_is_anonymous(attributions) -> None:  # type: ignore[no-untyped-def]
    sources = _sources(attributions, "An official who asked not to be named said the talks had failed.")
    assert sources["asked"].text == "who" and sources["asked"].anonymous
    assert sources["asked"].ref == sources["said"].ref


def test_a_description_beside_a_name_is_that_person(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "The plan failed, said Tobias Renner, a former spokesman who noted that the vote was close."
    sources = _sources(attributions, text)
    assert sources["noted"].text == "who"
    assert sources["noted"].entity is not None and sources["noted"].entity == sources["said"].entity
