"""Meeting several people is a meeting with each: "X met with A and B" is X with A and X with B, not A with B;
"X and Y met" is still their meeting."""

from __future__ import annotations

import pytest

from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def _meetings(text: str) -> list[list[str]]:
    found = facts_of(text, people(text, "Ana Reyes", "Ivo Sand", "Mara Quill")).named("met")
    return sorted(names for names, _ in found)


def test_meeting_with_two_people_is_two_meetings() -> None:
    text = "Ana Reyes also met with mayor Ivo Sand and governor Mara Quill on Monday."
    assert _meetings(text) == [["Ana Reyes", "Ivo Sand"], ["Ana Reyes", "Mara Quill"]]


def test_two_subjects_who_met_met_each_other() -> None:
    assert _meetings("Ana Reyes and Ivo Sand met in Lisbon in 1990.") == [["Ana Reyes", "Ivo Sand"]]


def test_meeting_one_person_is_one_meeting() -> None:
    assert _meetings("Ana Reyes met Ivo Sand in Lisbon in 1990.") == [["Ana Reyes", "Ivo Sand"]]


def test_a_possessed_meeting_with_people_is_a_meeting_with_each() -> None:
    """Twenty-eighth round: "X's meeting with Y"; a meeting someone only tries to arrange is none."""
    text = "Ana Reyes's meeting with Ivo Sand and Mara Quill lasted an hour."
    assert _meetings(text) == [["Ana Reyes", "Ivo Sand"], ["Ana Reyes", "Mara Quill"]]
    assert _meetings("Ana Reyes tried to arrange a meeting with Ivo Sand.") == []
