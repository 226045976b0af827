""""Respectively" pairs coordinated participants with coordinated objects, in order."""

from __future__ import annotations

import pytest

from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_respectively_pairs_winners_and_prizes_in_order() -> None:
    text = "Mara Quill and Ivo Sand won best actress and best actor respectively."
    found = facts_of(text, people(text, "Mara Quill", "Ivo Sand")).named("won_award")
    assert sorted(found) == [(["Ivo Sand"], "best actor"), (["Mara Quill"], "best actress")]


def test_without_respectively_each_winner_gets_each_prize() -> None:
    text = "Mara Quill and Ivo Sand won best actress and best actor."
    found = facts_of(text, people(text, "Mara Quill", "Ivo Sand")).named("won_award")
    assert len(found) == 4
