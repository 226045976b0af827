"""A gerund after a preposition that a verb of waiting or wishing governs has not happened yet."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.factuality import assess

pytestmark = pytest.mark.slow


def _certainty(text: str, word: str) -> str:
    doc = load_pipeline()(text)
    return assess(next(token for token in doc if token.text == word)).certainty


def test_a_visit_looked_forward_to_is_possible() -> None:
    assert _certainty("Mira Holt was looking forward to visiting Oslo.", "visiting") == "possible"


def test_a_gerund_after_an_intention_noun_is_possible() -> None:
    assert _certainty("Dario Venn spoke of his dreams of winning the Kestrel Prize.", "winning") == "possible"


def test_looking_without_forward_awaits_nothing() -> None:
    assert _certainty("Mira Holt was looking at moving to Oslo.", "moving") == "certain"


def test_a_gerund_after_a_time_preposition_keeps_its_certainty() -> None:
    assert _certainty("Mira Holt spoke after visiting Oslo.", "visiting") == "certain"
