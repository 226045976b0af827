"""A gerund after a preposition that a verb of waiting or wishing governs has not happened yet."""

from __future__ import annotations

import pytest

from tests.facts_support import factuality_of

pytestmark = pytest.mark.slow


def test_a_visit_looked_forward_to_is_possible() -> None:
    reading = factuality_of("Mira Holt was looking forward to visiting Oslo.", "visiting")
    assert reading.certainty == "possible"


def test_a_gerund_after_an_intention_noun_is_possible() -> None:
    reading = factuality_of("Dario Venn spoke of his dreams of winning the Kestrel Prize.", "winning")
    assert reading.certainty == "possible"


def test_looking_without_forward_awaits_nothing() -> None:
    assert factuality_of("Mira Holt was looking at moving to Oslo.", "moving").certainty == "certain"


def test_a_gerund_after_a_time_preposition_keeps_its_certainty() -> None:
    assert factuality_of("Mira Holt spoke after visiting Oslo.", "visiting").certainty == "certain"
