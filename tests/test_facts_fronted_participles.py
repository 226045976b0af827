"""A bare past participle before its clause is passive: "Created a life peer, X ..." is done to X, X made nothing."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_a_fronted_participle_makes_its_subject_no_maker() -> None:
    text = "Created a Knight in 2001, Ivo Sand began a new career as a coach."
    assert facts_of(text, people(text, "Ivo Sand")).named("develops") == []


def test_an_active_creator_still_makes_the_work() -> None:
    text = "Ivo Sand created Harbour Lights in 2001."
    entities = [*people(text, "Ivo Sand"), entity(text, "W1", "Harbour Lights", "WORK")]
    assert facts_of(text, entities).named("develops") == [(["Ivo Sand"], "Harbour Lights")]
