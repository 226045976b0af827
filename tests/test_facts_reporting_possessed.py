""""said NBC's X", "by the Observer's X": a person named in the possessive of an organisation who says or writes
something works for it; not a name in the possessive of a show in a cast list ("stars Will and Grace's X")."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def _employers(text: str, organisation: str) -> list:  # type: ignore[type-arg]
    cast = [*people(text, "Ivo Sand"), entity(text, "O1", organisation, "ORG")]
    return facts_of(text, cast).named("works_for")


def test_a_possessed_name_that_speaks_works_for_the_possessor() -> None:
    text = "Radio Pell's Ivo Sand believes the plan is sound."
    assert _employers(text, "Radio Pell") == [(["Ivo Sand"], "Radio Pell")]


def test_a_possessive_marker_inside_the_organisation_name_still_counts() -> None:
    text = "The plan is sound, said Kestrel Networks' Ivo Sand."
    assert _employers(text, "Kestrel Networks") == [(["Ivo Sand"], "Kestrel Networks")]


def test_the_author_of_a_by_phrase_works_for_the_possessor() -> None:
    text = '"A Long Night," by Radio Pell\'s Ivo Sand: the story of a storm.'
    assert _employers(text, "Radio Pell") == [(["Ivo Sand"], "Radio Pell")]


def test_a_possessed_name_that_does_not_report_gives_nothing() -> None:
    text = "The comedy stars Radio Pell's Ivo Sand."
    assert _employers(text, "Radio Pell") == []


def test_a_possessed_name_writing_a_work_gives_nothing() -> None:
    text = "Radio Pell's Ivo Sand is writing an episode of the cartoon."
    assert _employers(text, "Radio Pell") == []
