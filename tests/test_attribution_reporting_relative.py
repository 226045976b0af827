"""A quotation right after a relative clause that reports on its own ("the rumours which she said had
circulated "for years"") is that clause's, not the content of the cue the clause hangs under."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_a_quote_after_a_reporting_relative_clause_is_not_the_outer_cues(attributions) -> None:  # type: ignore[no-untyped-def]
    text = 'Ana Reyes admitted to a "deep regret" about the rumours which she said had circulated "for years".'
    found = attributions(text)
    outer = [a for a in found if a.cue is not None and a.cue.text.startswith("admitted")]
    assert all([piece.text for piece in a.content] != ['"for years"'] for a in outer)
    said = next(a for a in found if a.cue is not None and a.cue.text == "said")
    assert said.content[-1].text.endswith('"for years"')
