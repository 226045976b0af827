"""A holiday's name the NER took for a date at the end of a longer title is the title's ("... It's Christmas")."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline

pytestmark = pytest.mark.slow


def _ents(text: str) -> dict[str, str]:
    return {ent.text: ent.label_ for ent in load_pipeline()(text).ents}


def test_a_title_ending_with_a_holiday_is_whole() -> None:
    found = _ents("Fans bought an import version of Will You Know It's Christmas, which sold well.")
    assert found.get("Will You Know It's Christmas") == "WORK_OF_ART"
    assert "Christmas" not in found


def test_a_holiday_after_a_title_and_a_preposition_stays_a_date() -> None:
    found = _ents("The film Grey Harbour opens on Christmas Day in London.")
    assert found.get("Grey Harbour") == "WORK_OF_ART"
    assert found.get("Christmas Day") == "DATE"
