"""A cue word inside the name of a work is part of the title: nobody says or believes anything."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The band's hit single I Still Believe In Rain went to number one in 1999.",
        "Her album Nobody Says Goodbye sold two million copies.",
    ],
)
def test_a_title_is_no_attribution(attributions, text: str) -> None:  # type: ignore[no-untyped-def]
    assert attributions(text) == []
