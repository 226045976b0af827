"""A subject pronoun is not a person named later in its own clause ("how proud she is of Lena"), unless
that name is a predicate of the subject ("she won it as Queen Maud")."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return mentions_by_entity(text, "pronoun")


def test_a_name_later_in_the_clause_is_not_the_subject_pronoun() -> None:
    text = (
        "Lena Marsh wants to leave the choir. Her father goes to tell Greta Marsh that Lena must quit, "
        "but sees how proud she is of Lena."
    )
    found = _pronouns(text)
    assert "she" not in found["Lena Marsh"]


def test_a_name_the_subject_plays_is_not_ruled_out() -> None:
    text = "Ivo Brandt first found fame in 1970, and he won an award as Prince Orlo in a later series."
    assert _pronouns(text)["Ivo Brandt"] == ["he"]
