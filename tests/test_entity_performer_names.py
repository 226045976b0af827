"""A run of proper nouns the NER left out after a performer's title is a person
(entity_context.yaml, performer-title-name)."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline

pytestmark = pytest.mark.slow


def _ents(text: str) -> dict[str, str]:
    return {ent.text: ent.label_ for ent in load_pipeline()(text).ents}


def test_a_one_word_name_after_star_is_a_person() -> None:
    assert _ents("Fans cheered former Kestrels star Bez. Then they left.").get("Bez") == "PERSON"


def test_a_name_going_on_into_a_name_the_ner_found_is_left_alone() -> None:
    assert "Jon" not in _ents("It was shot by producer Jon Thoday.")
