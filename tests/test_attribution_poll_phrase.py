"""A poll opening its sentence with "in" is the source of the clause after it."""

from __future__ import annotations

import pytest

from tests.attribution_support import all_roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a new Harbor Institute poll, Mara Lindqvist leads Tobias Renner by six points.",
            ("a new Harbor Institute poll", "In", ["Mara Lindqvist leads Tobias Renner by six points"]),
        ),
        (
            "In the latest survey last month, most voters backed the bridge plan.",
            ("the latest survey", "In", ["most voters backed the bridge plan"]),
        ),
    ],
)
def test_a_fronted_poll_is_the_source(attributions, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in all_roles(attributions(text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Mara Lindqvist leads Tobias Renner by six points in the new poll.", "in"),
        ("In a poll of 800 voters, the Harbor Institute found that Mara Lindqvist leads.", "In"),
    ],
)
def test_a_poll_after_the_verb_or_a_speaking_pollster_is_not(attributions, text: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    assert all(found_cue != cue for _, found_cue, _ in all_roles(attributions(text)))
