"""Coordinated subjects of a symmetric relation that act one by one ("X and Y both met with ...") are not
parties to one relation: the text says each met someone, not that X met Y."""

from __future__ import annotations

from tests.facts_support import facts_of, people


def test_both_subjects_meeting_others_did_not_meet_each_other() -> None:
    text = "Mara Quill and Ivo Sand both met with local farmers on Monday."
    assert facts_of(text, people(text, "Mara Quill", "Ivo Sand")).named("met") == []


def test_two_subjects_who_met_met_each_other() -> None:
    text = "Mara Quill and Ivo Sand met on Monday in Harrowgate."
    found = facts_of(text, people(text, "Mara Quill", "Ivo Sand"))
    assert found.named("met") == [(["Ivo Sand", "Mara Quill"], None)]
