"""A company named in full and then by its first word alone is one entity."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _names(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in find_entities(load_pipeline()(text)) if e.type == "ORG"}


def test_the_first_word_joins_the_company() -> None:
    found = _names("Marvel Comics sued the studio. Marvel said on Monday that Marvel's lawyers would appeal.")
    assert found == {"Marvel Comics": ["Marvel Comics", "Marvel", "Marvel's"]}


def test_a_word_that_fits_two_companies_stays_apart() -> None:
    found = _names("Sony Pictures and Sony Records both grew. Sony said on Monday that profits rose.")
    assert "Sony" in found
