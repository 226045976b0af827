"""A contender or nominee whose "for" phrase names no award and nobody is in another contest: no nomination."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_a_contender_for_eviction_is_no_nominee() -> None:
    text = "Ivo Sand remains the leading contender for eviction this week."
    assert facts_of(text, people(text, "Ivo Sand")).named("nominated") == []


def test_a_contender_for_an_award_is_a_nominee() -> None:
    text = "Ivo Sand remains the leading contender for best actor this year."
    assert facts_of(text, people(text, "Ivo Sand")).named("nominated") == [(["Ivo Sand"], "best actor")]


def test_a_nominee_for_a_named_work_keeps_the_nomination() -> None:
    text = "The prize went to Mara Quill, a nominee for the farce Harbour Lights."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "Harbour Lights", "WORK")]
    assert [names for names, _ in facts_of(text, entities).named("nominated")] == [["Mara Quill"]]
