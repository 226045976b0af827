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


def test_a_newspaper_named_by_its_last_word_joins_the_newspaper() -> None:
    found = _names("The reporter told the Washington Post on Monday. A Post reporter later called the Post again.")
    assert [name for name in found if "Post" in name] == ["the Washington Post"]


def test_a_last_word_two_newspapers_end_with_stays_apart() -> None:
    found = _names(
        "The New York Times and the Los Angeles Times both ran the story on Monday. The Times said it would appeal."
    )
    assert any(name.removeprefix("The ") == "Times" for name in found)
