""""X deserved to win" says what ought to have been, not what was: the complement is only possible."""

from __future__ import annotations

import pytest

from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_deserving_to_win_is_no_win() -> None:
    text = "Ivo Sand deserved to win the prize for his second novel."
    assert facts_of(text, people(text, "Ivo Sand")).one("won_award").certainty == "possible"


def test_winning_is_a_win() -> None:
    text = "Ivo Sand won the prize for his second novel."
    assert facts_of(text, people(text, "Ivo Sand")).one("won_award").certainty == "certain"
