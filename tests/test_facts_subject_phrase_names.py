"""A name the parser cut off the end of a subject's preposition phrase is no second subject of the verb."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_the_film_a_sequel_follows_is_not_the_sequel() -> None:
    text = "The sequel to the hit comedy Salt Roads stars Ivo Sand."
    entities = [*people(text, "Ivo Sand"), entity(text, "W1", "Salt Roads", "WORK")]
    found = facts_of(text, entities).named("acted_in")
    assert found and all(work != "Salt Roads" for _, work in found)


def test_a_film_named_after_its_noun_is_the_subject() -> None:
    text = "Romantic comedy Salt Roads stars Ivo Sand and Mara Quill."
    entities = [*people(text, "Ivo Sand", "Mara Quill"), entity(text, "W1", "Salt Roads", "WORK")]
    found = facts_of(text, entities).named("acted_in")
    assert sorted(found) == [(["Ivo Sand"], "Salt Roads"), (["Mara Quill"], "Salt Roads")]
