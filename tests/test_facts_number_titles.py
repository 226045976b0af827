"""A title's first word may be a number word the parser reads as a number ("Million Dollar Baby")."""

from __future__ import annotations

from tests.facts_support import facts_of, people


def test_a_capitalised_number_word_opens_the_title() -> None:
    text = "Mara Quill won an award for playing a boxer in Million Dollar Harbour."
    found = facts_of(text, people(text, "Mara Quill"))
    assert found.named("acted_in") == [(["Mara Quill"], "Million Dollar Harbour")]


def test_a_number_opening_the_sentence_is_no_title_word() -> None:
    text = "Two Harbour fans said Mara Quill starred in Grey Harbour."
    found = facts_of(text, people(text, "Mara Quill"))
    assert found.named("acted_in") == [(["Mara Quill"], "Grey Harbour")]
