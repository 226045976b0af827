"""A quotation a colon introduces is spoken by the subject of the clause the colon closes."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    return mentions_by_entity(text, "pronoun")


def test_the_subject_before_the_colon_speaks() -> None:
    text = (
        "In a later debate, when journalist Tom Hale asked Dan Orwell if his age mattered, Dan Orwell had a quip"
        " for the ages: \u201cI will not make age an issue. I will not exploit my opponent's youth.\u201d"
    )
    found = _pronouns(text)
    assert found["Dan Orwell"][-3:] == ["I", "I", "my"]
    assert not {"I", "my"} & set(found.get("Tom Hale", []))
