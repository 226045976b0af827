"""Stage names spaCy reads as something else: a number before a capitalised "Cent" is a person, not a sum
of money ("50 cents" is one)."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _people(text: str) -> dict[str, list[str]]:
    return {
        e.name: [m.text for m in e.mentions] for e in find_entities(load_pipeline()(text)) if e.type == "PERSON"
    }


def test_a_number_and_a_capitalised_cent_is_a_rapper() -> None:
    assert _people("Rapper 50 Cent said he would tour Europe in May.") == {"50 Cent": ["50 Cent", "he"]}


def test_a_sum_in_cents_is_no_one() -> None:
    assert _people("The stamp went up by 50 cents on Monday.") == {}
