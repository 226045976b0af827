"""An adjective the parser cut off the category after it ("named best | alternative act") is no award of its own:
the category after it already has it."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of

pytestmark = pytest.mark.slow


def test_a_lone_best_is_no_award() -> None:
    text = "Mara Quill won best male, while the rock band Sea Kings were named best alternative act and best British group."
    found = facts_of(text, [entity(text, "O1", "Sea Kings", "ORG")])
    awards = sorted(award for _, award in found.named("won_award"))
    assert "best" not in awards
    assert "best alternative act" in awards
