"""A cue in an "as" clause frames the clause it modifies: "As the Courier reported, [...]"."""

from __future__ import annotations

import pytest

from tests.attribution_support import all_roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As the Daily Courier reported, the band was refusing to play the song.",
            ("the Daily Courier", "reported", ["the band was refusing to play the song"]),
        ),
        (
            "The plan carries risks, as her aides point out.",
            ("her aides", "point out", ["The plan carries risks"]),
        ),
    ],
)
def test_an_as_clause_cue_frames_the_clause_it_modifies(attributions, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in all_roles([a for a in attributions(text) if a.parent is None])


@pytest.mark.parametrize(
    "text",
    [
        "The song was released as expected.",
        "Tobias sang the song as it is written.",
        "The tour was as long as Mara Lindqvist believed.",
    ],
)
def test_no_attribution_without_a_source_or_in_a_comparison(attributions, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all_roles(attributions(text)) == []
