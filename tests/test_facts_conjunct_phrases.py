"""A verb borrows a preposition's phrase from the verb joined to it only when it has no complement of its own."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def _entities(text: str) -> list:
    works = [entity(text, "W1", "Salt Roads", "WORK"), entity(text, "W2", "Harbour Lights", "WORK")]
    return [*people(text, "Mara Quill", "Ivo Sand"), *works]


def test_a_partner_of_the_second_verb_is_not_given_the_first_verb_s_film() -> None:
    text = "Mara Quill starred in Salt Roads and was later paired with Ivo Sand in Harbour Lights."
    found = facts_of(text, _entities(text)).named("acted_in")
    assert (["Ivo Sand"], "Salt Roads") not in found
    assert (["Mara Quill"], "Salt Roads") in found


def test_a_bare_verb_shares_its_conjunct_s_partner() -> None:
    text = "Mara Quill starred and sang in Salt Roads with Ivo Sand."
    found = facts_of(text, _entities(text)).named("acted_in")
    assert (["Ivo Sand"], "Salt Roads") in found
