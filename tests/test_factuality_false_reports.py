"""The content of a report called false ("false rumours that X ...") is not so, whoever spread it."""

from __future__ import annotations

import pytest

from tests.facts_support import factuality_of

pytestmark = pytest.mark.slow


def test_false_rumours_negate_their_content_without_doubt() -> None:
    reading = factuality_of("Fans tried to spread false rumours that Ivo Sand was born in Lisbon.", "born")
    assert (reading.polarity, reading.certainty) == ("negative", "certain")
    assert [cue.text for cue in reading.cues] == ["false"]


def test_plain_rumours_only_make_it_possible() -> None:
    reading = factuality_of("Fans spread rumours that Ivo Sand was born in Lisbon.", "born")
    assert (reading.polarity, reading.certainty) == ("positive", "possible")


def test_a_false_start_says_nothing_of_what_follows() -> None:
    reading = factuality_of("After a false start, Mara Quill won the race in Lisbon.", "won")
    assert (reading.polarity, reading.certainty) == ("positive", "certain")
