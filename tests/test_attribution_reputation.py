"""A reputation in the passive is an attribution with no source: "[Ana] is best known for [her wit]"."""

from __future__ import annotations

import pytest

from tests.attribution_support import all_roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mara Lindqvist is best known for her novels about lighthouse keepers.",
            (None, "is best known for", ["Mara Lindqvist", "her novels about lighthouse keepers"]),
        ),
        (
            "The new ferry line is widely seen as a gamble by the island council.",
            None,
        ),
        (
            "Tobias Renner is increasingly seen as the favourite for the prize.",
            (None, "is increasingly seen as", ["Tobias Renner", "the favourite for the prize"]),
        ),
    ],
)
def test_a_passive_reputation_without_agent(attributions, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions(text))
    if expected is None:
        assert not any(cue and "seen" in cue and source is None for source, cue, _ in found)
    else:
        assert expected in found


def test_a_reputation_inside_a_speakers_source_stays_there(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Tobias Renner, who is seen as a favourite, said the race was close."))
    assert ("Tobias Renner, who is seen as a favourite,", "said", ["the race was close"]) in found
    assert not any(cue and "seen" in cue for _, cue, _ in found)
