"""A poll, study or report that shows or finds something: its noun-phrase object is the content."""

from __future__ import annotations

import pytest

from tests.attribution_support import all_roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A new survey by the institute found Mara Lindqvist ahead by six points among women.",
            ("A new survey by the institute", "found", ["Mara Lindqvist ahead by six points among women"]),
        ),
        (
            "The latest poll shows Tobias Renner with a narrow lead over his rival.",
            ("The latest poll", "shows", ["Tobias Renner with a narrow lead over his rival"]),
        ),
    ],
)
def test_an_evidence_subject_says_its_object(attributions, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in all_roles(attributions(text))


@pytest.mark.parametrize(
    "text",
    ["Tobias Renner found the keys in the car.", "The band found a new drummer in Oslo."],
)
def test_another_subject_does_not(attributions, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all_roles(attributions(text)) == []


def test_a_poll_in_a_relative_clause(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("The council cited a new survey that shows Mara Lindqvist ahead by six points."))
    assert ("that", "shows", ["Mara Lindqvist ahead by six points"]) in found


def test_a_thing_in_a_relative_clause_shows_no_evidence(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Tobias Renner pointed to a boat which showed its age."))
    assert not any(cue == "showed" for _, cue, _ in found)
