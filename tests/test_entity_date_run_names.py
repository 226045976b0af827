"""A known person's surname the NER ran into a date ("in 1986 - Bening had") is still that person's."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def test_a_surname_ending_a_date_span_is_the_person() -> None:
    text = "Actress Mara Quill was nominated. She won an award in 1999 - Quill had a quiet spell after that."
    doc = load_pipeline()(text)
    assert any(ent.label_ == "DATE" and ent.text.endswith("Quill") for ent in doc.ents)  # what the NER does
    person = next(e for e in find_entities(doc) if e.name == "Mara Quill")
    assert [m.text for m in person.mentions if m.kind == "name"] == ["Mara Quill", "Quill"]
