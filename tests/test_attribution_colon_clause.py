"""A clause ending at a colon before a cue's subject is no content of that cue: what follows a colon
spells out the author's clause before it ("[The talks made headway]: Ana and Ben agreed to ...")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_the_clause_before_a_colon_is_not_what_was_agreed(attributions) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Late on Tuesday, the leaders made headway on one part of the talks: "
        "Ana Reyes and Ben Okafor agreed to add an amendment to the bill."
    )
    agreed = next(a for a in attributions(text) if a.cue is not None and a.cue.text == "agreed")
    assert [piece.text for piece in agreed.content] == ["to add an amendment to the bill"]
