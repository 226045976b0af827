"""A to-infinitive hung as an adverbial clause of "be" is that clause's complement: the hedges above reach it."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.factuality import assess

pytestmark = pytest.mark.slow


def _certainty(text: str, word: str) -> str:
    doc = load_pipeline()(text)
    return assess(next(token for token in doc if token.text == word)).certainty


def test_favourites_to_get_are_not_certain_to_get() -> None:
    text = "Ivo Sand and Ana Reyes are now considered to be among the favourites to get prizes."
    assert _certainty(text, "get") != "certain"


def test_a_plain_purpose_clause_stays_certain() -> None:
    assert _certainty("Ivo Sand flew to Lisbon to collect the prize.", "collect") == "certain"
