"""What "can" happen is not said to happen: "can" makes a clause possible, but is no hedge cue."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.factuality import hedge_cues
from tests.facts_support import factuality_of

pytestmark = pytest.mark.slow


def test_can_makes_the_clause_possible() -> None:
    reading = factuality_of("Under the new rules Ivo Sand can win the prize twice.", "win")
    assert (reading.polarity, reading.certainty, [cue.text for cue in reading.cues]) == ("positive", "possible", ["can"])


def test_can_is_no_hedge_cue() -> None:
    doc = load_pipeline()("Under the new rules Ivo Sand can win the prize twice.")
    assert hedge_cues(doc) == []
