"""A name in apposition to an unnamed noun plays that noun's role ("the show's star, X, said": the subject)."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return mentions_by_entity(text, "pronoun")


def test_the_speaker_in_apposition_to_the_subject_takes_he_said() -> None:
    text = (
        "Glen Ashworth won his appeal on Monday. His lawyer, Neil Tremayne, said the singer was relieved. "
        '"He looks forward to touring again," he said.'
    )
    assert _pronouns(text)["Neil Tremayne"] == ["he"]


def test_a_daughter_named_in_apposition_is_the_one_who_speaks() -> None:
    text = (
        "Festival founder Hal Brierley has backed the plan. His daughter, Tessa Brierley, said it could work. "
        '"It might change the system," she said.'
    )
    assert _pronouns(text)["Tessa Brierley"] == ["she"]
