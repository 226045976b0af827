"""A film that tops the box office is number one, as one that tops the charts (the gold's hard case 9)."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of

pytestmark = pytest.mark.slow


def test_topping_the_box_office_is_number_one() -> None:
    text = "The thriller Night Harbour has topped the North American box office."
    entities = [entity(text, "W1", "Night Harbour", "WORK")]
    assert facts_of(text, entities).named("won_award") == [(["Night Harbour"], "number one")]


def test_topping_another_office_is_no_win() -> None:
    text = "Night Harbour topped the office sweepstake."
    entities = [entity(text, "W1", "Night Harbour", "WORK")]
    assert facts_of(text, entities).named("won_award") == []
