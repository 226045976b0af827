""""Since X was related to Ellison, the 29-year-old has kept ...": the parser hangs the description on the
name before the comma as an apposition, but it is the subject of the verb after it, so the age is no one's."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _ages(text: str) -> dict[str, list[str]]:
    return {e.name: [a.value for a in e.attributes if a.name == "age"] for e in find_entities(load_pipeline()(text))}


def test_a_description_opening_the_main_clause_gives_no_age_to_the_name_before() -> None:
    text = (
        "Senator Mark Ellison spoke in Ohio on Monday. Since a newspaper found that Paul Brandt, a local"
        " councillor, was related to Ellison, the 29-year-old has kept his distance."
    )
    assert _ages(text)["Mark Ellison"] == []


def test_a_true_apposition_still_gives_its_age() -> None:
    assert _ages("Ellison met Paul Brandt, the 29-year-old, on Monday.")["Paul Brandt"] == ["29"]
