"""A regnal or sequel number in a person's name is written in capitals, not shouted: it keeps its case."""

from __future__ import annotations

import datetime as dt

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities


def test_a_roman_numeral_keeps_its_capitals_in_the_display_name() -> None:
    text = "The actress played Queen Anne in an adaptation of Henry VIII. Henry VIII was staged in York."
    entities = find_entities(load_pipeline()(text), document_date=dt.date(2005, 1, 1))
    names = {entity.name for entity in entities}
    assert "Henry VIII" in names
    assert "Henry Viii" not in names
