"""A concessive opener ("That said, ...") is the writer's "even so", not an attribution with the source "That"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The album sold poorly. That said, the tour was a success in every city.",
        "The album sold poorly. That being said, the tour was a success in every city.",
    ],
)
def test_that_said_is_no_attribution(attributions, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [a.cue.text for a in attributions(text) if a.cue is not None] == []


def test_that_said_by_a_speaker_stays(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Ana Reyes said that, the tour was a success.")
    assert [a.cue.text for a in found if a.cue is not None] == ["said"]
