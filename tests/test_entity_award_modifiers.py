"""A name the NER typed a person that modifies an award word right after it is the award ("a Cesar prize")."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in find_entities(load_pipeline()(text))}


def test_a_name_before_an_award_word_is_the_award() -> None:
    assert _types("It is his 15th Brit award, having already received 10 solo awards.") == {"Brit": "OTHER"}
    assert _types("The drama won five Cesar awards on Saturday.") == {"Cesar": "OTHER"}


def test_a_place_in_an_award_giver_s_name_stays_a_place() -> None:
    types = _types("The film is among the nominees at the Directors Guild of Great Britain awards this year.")
    assert types.get("Great Britain", "GPE") == "GPE"
