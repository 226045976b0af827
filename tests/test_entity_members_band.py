""" "Ann Lee and her band": a member's band noun is the one band the text names her a member of."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _nominals(text: str) -> dict[str, list[str]]:
    entities = find_entities(load_pipeline()(text))
    return {e.name: [m.text for m in e.mentions if m.kind == "nominal"] for e in entities}


def test_her_band_is_the_band_she_plays_in() -> None:
    text = ("Velvet Harbour guitarist Ann Lee has called for more help for young musicians. "
            "Lee and her Leeds four-piece band have been nominated for two prizes.")
    assert _nominals(text)["Velvet Harbour"] == ["band"]


def test_a_band_noun_after_someone_who_is_no_member_is_left_alone() -> None:
    text = ("Velvet Harbour guitarist Ann Lee has called for more help for young musicians. "
            "Tom Hale and his band have been nominated for two prizes.")
    assert _nominals(text)["Velvet Harbour"] == []
