"""A plural apposition after a list of names ("X and Y, both former winners of Z") describes each name;
a singular one ("X and Y, Z's former deputy") only the last."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def _found(text: str) -> list:
    entities = [*people(text, "Mara Quill", "Ivo Sand"), entity(text, "O1", "Lantern Prize", "OTHER")]
    return facts_of(text, entities).named("won_award")


def test_a_plural_apposition_describes_each_listed_name() -> None:
    found = _found("Mara Quill and Ivo Sand, both former winners of the Lantern Prize, were shortlisted again.")
    assert (["Mara Quill"], "Lantern Prize") in found
    assert (["Ivo Sand"], "Lantern Prize") in found


def test_a_singular_apposition_describes_only_the_last_name() -> None:
    found = _found("Mara Quill and Ivo Sand, a former winner of the Lantern Prize, were shortlisted again.")
    assert (["Ivo Sand"], "Lantern Prize") in found
    assert (["Mara Quill"], "Lantern Prize") not in found
