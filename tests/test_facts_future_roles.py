"""A role still to be played is cast_in: a to-infinitive the parser hangs as an adverbial ("is pencilled in
to play X"), and the role noun a future "play" takes ("will play the role of Y in X")."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def _predicates(text: str) -> set[str]:
    entities = [*people(text, "Ivo Sand"), entity(text, "W1", "Harbour Lights", "WORK")]
    return {fact.predicate for fact in facts_of(text, entities).facts if fact.object == "W1"}


def test_pencilled_in_to_play_is_a_future_role() -> None:
    assert _predicates("Ivo Sand is pencilled in to play the lead in Harbour Lights.") == {"cast_in"}


def test_signed_up_to_play_is_a_future_role() -> None:
    assert _predicates("Last year Ivo Sand signed up to play the captain in Harbour Lights.") == {"cast_in"}


def test_the_role_a_future_play_takes_is_future_too() -> None:
    assert _predicates("Ivo Sand will play the role of the captain in Harbour Lights.") == {"cast_in"}


def test_a_role_remembered_is_still_a_past_role() -> None:
    assert _predicates("Viewers might remember Ivo Sand's role in Harbour Lights.") == {"acted_in"}


def test_a_reported_would_is_a_future_role() -> None:
    text = "Ivo Sand said Mara Quill would be playing a ferry pilot in The Glass Harbour."
    entities = [*people(text, "Ivo Sand", "Mara Quill"), entity(text, "W1", "The Glass Harbour", "WORK")]
    assert [fact.predicate for fact in facts_of(text, entities).facts if fact.participants == ["P2"]] == ["cast_in"]
