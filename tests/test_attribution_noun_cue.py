"""A noun of saying with a speaker's possessive is a cue: "[Ana]'s criticism of [the plan]"."""

from __future__ import annotations

import pytest

from tests.attribution_support import all_roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Voters cheered Mara Lindqvist's endorsement of Tobias Renner on Monday.",
            ("Mara Lindqvist's", "endorsement of", ["Tobias Renner"]),
        ),
        (
            "The mayor dismissed her suggestion that the bridge was unsafe.",
            ("her", "suggestion", ["that the bridge was unsafe"]),
        ),
    ],
)
def test_a_possessive_speaker_before_a_noun_of_saying(attributions, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in all_roles(attributions(text))

