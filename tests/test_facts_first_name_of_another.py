"""A person's first name alone that is also the whole name of another entity stands for the other ("Ivo" the film,
not Ivo Sand); a first name alone with no such rival still stands for the person."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of

pytestmark = pytest.mark.slow

TEXT = "Ivo Sand plays a boxer in the film. Ivo has been nominated for best film."


def _nominated(entities: list) -> list[tuple[list[str], str | None]]:  # type: ignore[type-arg]
    return [names for names, _ in facts_of(TEXT, entities).named("nominated")]


def test_a_first_name_that_is_a_film_s_name_is_not_the_person() -> None:
    film = entity(TEXT, "W1", "Ivo", "WORK")
    person = entity(TEXT, "P1", "Ivo Sand", "PERSON", "Ivo")
    assert _nominated([person, film]) == [["Ivo"]]


def test_a_first_name_with_no_rival_is_the_person() -> None:
    assert _nominated([entity(TEXT, "P1", "Ivo Sand", "PERSON", "Ivo")]) == [["Ivo Sand"]]
