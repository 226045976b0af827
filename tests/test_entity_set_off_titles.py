"""Titles set off by commas that read as words, not a name (entity_context.yaml, set_off_titles)."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline

pytestmark = pytest.mark.slow


def _ents(text: str) -> dict[str, str]:
    return {ent.text: ent.label_ for ent in load_pipeline()(text).ents}


def test_a_worded_run_between_commas_is_a_title() -> None:
    found = _ents("The most recent, Run Before Dawn, was released in late 2002.")
    assert found.get("Run Before Dawn") == "WORK_OF_ART"


def test_a_run_without_a_capitalised_verb_or_pronoun_is_left_alone() -> None:
    assert _ents("The most recent, Grey Harbour Lights, was released in late 2002.").get("Grey Harbour Lights") != (
        "WORK_OF_ART"
    )


def test_a_quoted_headline_s_clauses_are_no_titles() -> None:
    found = _ents('He wrote "Tom Vale, Hoping for Votes, Hires Ann Lee" last week.')
    assert found.get("Hoping for Votes") != "WORK_OF_ART"
