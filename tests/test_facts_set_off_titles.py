"""Releases of a work whose title the entities stage typed as something else, when a work noun is
set off from it ("the Grey Harbour series, which runs on Five") or lists it ("debuts of the film, X")."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of


def test_a_series_set_off_from_a_title_typed_as_an_organisation_is_that_work() -> None:
    text = "The show is a spin-off from the hugely popular Harlow Dock: Night Watch series, which runs on Sky One."
    cast = [entity(text, "O1", "Harlow Dock", "ORG")]
    assert facts_of(text, cast).named("release") == [(["Harlow Dock"], None)]


def test_a_debut_of_a_film_named_in_apposition_is_its_release() -> None:
    text = "The Christmas season includes the terrestrial debut of the hit film, Grey Harbour, as well as new episodes."
    cast = [entity(text, "P1", "Grey Harbour", "PERSON")]
    assert facts_of(text, cast).named("release") == [(["Grey Harbour"], None)]


def test_a_work_that_launched_someone_is_not_released_by_that() -> None:
    text = "She sang Paper Moons, the track that launched Ivo Sand in 1991."
    cast = [entity(text, "P1", "Paper Moons", "PERSON"), entity(text, "P2", "Ivo Sand", "PERSON")]
    assert facts_of(text, cast).named("release") == []


def test_a_channel_in_front_of_the_work_noun_is_not_the_work() -> None:
    text = "The new Westmoor drama will air over Christmas."
    cast = [entity(text, "O1", "Westmoor", "ORG")]
    assert facts_of(text, cast).named("release") == []
