"""What a cue of intention says its source will do has not happened yet: "vowed [to fight on]", "has
promised [to veto the bill]" are possible, though the cue's commitment is "stated" (``intentions`` in
factuality.yaml, now also at a lexicon cue; fourth read sample of news-dev, attr21). A finite clause keeps
its own modal ("vowed that she would fight on": probable)."""

from __future__ import annotations

import pytest


def _certainty(attributions, text: str, cue: str) -> str:  # type: ignore[no-untyped-def]
    found = [a for a in attributions(text) if a.cue is not None and a.cue.text == cue]
    assert found, f"no attribution cued by {cue!r}"
    return found[0].factuality.certainty


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Tobias Renner has promised to veto the harbour bill.", "has promised"),
        ("Ana Reyes vowed to fight on for the ferry.", "vowed"),
        ("The union threatened to strike in May.", "threatened"),
    ],
)
def test_an_intended_infinitive_is_possible(attributions, text: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    assert _certainty(attributions, text, cue) == "possible"


def test_a_finite_clause_keeps_its_own_modal(attributions) -> None:  # type: ignore[no-untyped-def]
    assert _certainty(attributions, "Ana Reyes vowed that she would fight on.", "vowed") == "probable"
