"""A relation noun describes one name: "Y's husband X and Senator Z" does not marry Z to X when Y is no person."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_the_name_listed_after_the_husband_is_no_spouse() -> None:
    text = "Guests included the Kelp Trust's husband astronaut Ivo Sand and Sen. Mara Quill."
    entities = [*people(text, "Ivo Sand", "Mara Quill"), entity(text, "O1", "the Kelp Trust", "ORG")]
    assert facts_of(text, entities).named("married") == []


def test_a_husband_and_the_wife_named_before_are_married() -> None:
    text = "Ana Reyes arrived with her husband, Ivo Sand."
    assert facts_of(text, people(text, "Ana Reyes", "Ivo Sand")).named("married") == [(["Ana Reyes", "Ivo Sand"], None)]
