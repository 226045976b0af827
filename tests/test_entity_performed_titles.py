"""Titles after a verb of performing or recording that read as words, not a name (entity_context.yaml,
performed-worded-title), and titles ending before a language ("... in Mandarin")."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline

pytestmark = pytest.mark.slow


def _ents(text: str) -> dict[str, str]:
    return {ent.text: ent.label_ for ent in load_pipeline()(text).ents}


def test_a_worded_title_after_recorded_is_a_work_and_ends_before_a_language() -> None:
    found = _ents("Twenty singers re-recorded We Are the Harbour in Mandarin to raise funds.")
    assert found.get("We Are the Harbour") == "WORK_OF_ART"
    assert found.get("Mandarin") == "LANGUAGE"


def _context_ents(text: str) -> dict[str, str]:
    """The context rules' entities on a parse whose NER entities were taken away."""
    nlp = load_pipeline()
    with nlp.select_pipes(disable=["dateline_entity_ruler", "dateline_entity_context"]):
        doc = nlp(text)
    doc.ents = []
    return {ent.text: ent.label_ for ent in nlp.get_pipe("dateline_entity_context")(doc).ents}


def test_an_untagged_name_after_performed_is_not_taken_for_a_title() -> None:
    assert "Harbour Lights" not in _context_ents("She performed Harbour Lights at the festival.")


def test_an_untagged_worded_title_after_performed_is_a_work() -> None:
    assert _context_ents("She performed We Are Lights at the festival.").get("We Are Lights") == "WORK_OF_ART"
