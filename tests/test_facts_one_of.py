"""A title after "one of" describes the name the phrase stands beside ("X, one of the founders of Y")."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def _harbour_lights(text: str) -> list:  # type: ignore[type-arg]
    return [*people(text, "Ivo Sand"), entity(text, "O1", "Harbour Lights", "ORG")]


def test_one_of_the_founders_is_a_founder() -> None:
    text = '"I never met him," said Ivo Sand, one of the two founders of Harbour Lights.'
    assert facts_of(text, _harbour_lights(text)).named("works_for") == [(["Ivo Sand"], "Harbour Lights")]


def test_one_of_the_customers_is_no_title() -> None:
    text = '"I never met him," said Ivo Sand, one of the customers of Harbour Lights.'
    assert facts_of(text, _harbour_lights(text)).named("works_for") == []
