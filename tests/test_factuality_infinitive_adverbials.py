"""A to-infinitive hung as an adverbial clause of "be" is that clause's complement: the hedges above reach it."""

from __future__ import annotations

import pytest

from tests.facts_support import factuality_of

pytestmark = pytest.mark.slow


def test_favourites_to_get_are_not_certain_to_get() -> None:
    text = "Ivo Sand and Ana Reyes are now considered to be among the favourites to get prizes."
    assert factuality_of(text, "get").certainty != "certain"


def test_a_plain_purpose_clause_stays_certain() -> None:
    assert factuality_of("Ivo Sand flew to Lisbon to collect the prize.", "collect").certainty == "certain"
