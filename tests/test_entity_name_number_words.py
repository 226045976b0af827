"""A one-word name and a capitalised number word the NER took for a count are one name
(entity_context.yaml, name-number-word)."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline

pytestmark = pytest.mark.slow


def _ents(text: str) -> dict[str, str]:
    return {ent.text: ent.label_ for ent in load_pipeline()(text).ents}


def test_a_channel_and_its_number_word_are_one_name() -> None:
    found = _ents("Mara Quill told BBC Four's arts show about it.")
    assert found.get("BBC Four") == "ORG"
    assert "Four" not in found


def test_a_number_word_that_begins_a_date_is_left_to_the_date() -> None:
    assert "BBC Two" not in _ents("The drama moves to BBC Two next year.")
