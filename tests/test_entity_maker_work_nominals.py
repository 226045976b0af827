""" "the Tom Hale drama": a work description with its maker's name refers back to the one work just named."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _nominals(text: str) -> dict[str, list[str]]:
    entities = find_entities(load_pipeline()(text))
    return {e.name: [m.text for m in e.mentions if m.kind == "nominal"] for e in entities if e.type == "WORK"}


def test_the_makers_drama_is_the_work_just_named() -> None:
    text = ('Actor Colin Pryce is joining the Broadway revival of "Salt Orchard". '
            "Pryce replaces Dan Mole in the Margaret Quill drama, which opens next month.")
    assert _nominals(text)["Salt Orchard"] == ["drama"]


def test_a_plain_description_before_which_is_still_left_alone() -> None:
    text = ('Actor Colin Pryce is joining the Broadway revival of "Salt Orchard". '
            "Pryce replaces Dan Mole in the drama, which opens next month.")
    assert _nominals(text)["Salt Orchard"] == []
