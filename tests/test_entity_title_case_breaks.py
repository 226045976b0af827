"""A capitalised break word ("For", "From") is a title's own word, not where the title ends (titles.py)."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline

pytestmark = pytest.mark.slow


def _ents(text: str) -> dict[str, str]:
    return {ent.text: ent.label_ for ent in load_pipeline()(text).ents}


def test_a_capitalised_for_stays_inside_a_band_name() -> None:
    found = _ents("More than 30 singers recorded as group Voices For Kenya, including Mara Quill.")
    assert found.get("Voices For Kenya") == "ORG"
    assert "Kenya" not in found


def test_a_lower_case_from_still_ends_a_title_before_a_place() -> None:
    found = _ents("She starred in the film Silver Harbour from Spain last year.")
    assert found.get("Silver Harbour") == "WORK_OF_ART"
    assert found.get("Spain") == "GPE"
