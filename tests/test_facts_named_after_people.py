"""A one-word name in front of a maker's title that stands for a person named in full elsewhere is something
named after them ("Quill director X" where the text knows "Mara Quill"): no work of that person."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_a_surname_in_front_of_director_is_no_work() -> None:
    text = "Mara Quill founded the studio in 1950. Its current Quill director Ivo Sand spoke on Monday."
    assert facts_of(text, people(text, "Mara Quill", "Ivo Sand")).named("develops") == []


def test_a_work_in_front_of_director_is_kept() -> None:
    text = "Harbour Lights director Ivo Sand spoke on Monday."
    entities = [*people(text, "Ivo Sand"), entity(text, "W1", "Harbour Lights", "WORK")]
    assert facts_of(text, entities).named("develops") == [(["Ivo Sand"], "Harbour Lights")]
