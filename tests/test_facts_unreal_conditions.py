"""A past-tense "if" clause of a would-clause is taken as not so, or not yet so: no fact either way."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def _nominated(text: str) -> list[tuple[list[str], str | None]]:
    entities = [*people(text, "Ivo Sand"), entity(text, "W1", "Harbour Lights", "WORK")]
    return facts_of(text, entities).named("nominated")


def test_an_unreal_condition_gives_no_fact() -> None:
    assert _nominated("If Ivo Sand was nominated for Harbour Lights, the race would be open again.") == []


def test_an_open_condition_keeps_its_fact() -> None:
    assert _nominated("If Ivo Sand is nominated for Harbour Lights, the race will be open again.") == [
        (["Ivo Sand"], "Harbour Lights")
    ]


def test_a_past_statement_before_a_would_clause_keeps_its_fact() -> None:
    assert _nominated("Ivo Sand was nominated for Harbour Lights, which would surprise nobody.") == [
        (["Ivo Sand"], "Harbour Lights")
    ]
