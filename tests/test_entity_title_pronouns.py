"""A pronoun written with a capital inside a sentence is a word of a title, not a pronoun."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities.pronoun_titles import in_title
from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return mentions_by_entity(text, "pronoun")


def _titled(text: str) -> list[str]:
    return [token.text for token in load_pipeline()(text) if token.pos_ == "PRON" and in_title(token)]


def test_a_capitalised_pronoun_inside_a_title_is_nobody() -> None:
    text = "Mara Quill sang again. Fans cheered her 1999 hit She's Gotta Run Away at the show."
    assert _pronouns(text)["Mara Quill"] == ["her"]


def test_a_pronoun_closing_a_capitalised_run_is_a_title_word() -> None:
    assert _titled("Joe Lane wrote a song called My Dog Went And Left Me, and it sold well.") == ["My", "Me"]


def test_a_pronoun_opening_a_sentence_or_quotation_is_a_pronoun() -> None:
    text = 'Mara Quill spoke. She said: "He Was right."\n\nShe Left early.'
    assert _titled(text) == []


def test_a_missing_stop_before_a_lower_case_word_leaves_a_pronoun() -> None:
    assert _titled("Ann Lee was a favourite client She never complained about anything.") == []
