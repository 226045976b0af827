"""A quotation a colon introduces is spoken by the subject of the clause the colon closes."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions if m.kind == "pronoun"] for e in find_entities(load_pipeline()(text))}


def test_the_subject_before_the_colon_speaks() -> None:
    text = (
        "In a later debate, when journalist Tom Hale asked Dan Orwell if his age mattered, Dan Orwell had a quip"
        " for the ages: \u201cI will not make age an issue. I will not exploit my opponent's youth.\u201d"
    )
    found = _pronouns(text)
    assert found["Dan Orwell"][-3:] == ["I", "I", "my"]
    assert not {"I", "my"} & set(found.get("Tom Hale", []))
