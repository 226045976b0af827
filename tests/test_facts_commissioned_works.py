"""Works made on commission: "commissioned X to create the anthem" is X's work, not the commissioner's."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def test_whoever_is_commissioned_to_create_a_work_develops_it() -> None:
    text = "The magazine's editors commissioned folk duo Larkspur to create the official song of the festival."
    larkspur = entity(text, "O1", "Larkspur", "ORG")
    assert facts_of(text, [larkspur]).named("develops") == [(["Larkspur"], "official song")]


def test_whoever_is_hired_to_direct_a_video_develops_it() -> None:
    text = "The label's bosses hired producer Ivo Sand to direct the film about the band."
    assert facts_of(text, people(text, "Ivo Sand")).named("develops") == [(["Ivo Sand"], "film")]


def test_an_infinitive_of_purpose_is_the_subject_s() -> None:
    text = "Ivo Sand sold his flat to fund the film, and Mara Quill sold hers to direct the sequel."
    found = facts_of(text, people(text, "Ivo Sand", "Mara Quill"))
    assert found.named("develops") == [(["Mara Quill"], "sequel")]
