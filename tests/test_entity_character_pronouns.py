"""A person named only as a part played ("playing Tom Reed") does not take the actor's pronouns."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return mentions_by_entity(text, "pronoun")


def test_a_role_that_won_her_a_prize_is_the_actresss() -> None:
    text = (
        "Dora Quennell made her name on stage. Her breakthrough came in 1992, playing crafty thief "
        "Lena Marsh in The Keys - a role that won her a prize."
    )
    found = _pronouns(text)
    assert found.get("Lena Marsh", []) == []
    assert len(found["Dora Quennell"]) == 3


def test_the_next_sentences_he_is_the_actors() -> None:
    text = (
        "Ivor Penhale was born in Cork. The actor began on stage in 1950, playing Tom Reed in Dark Water. "
        "He later moved to films."
    )
    found = _pronouns(text)
    assert found["Tom Reed"] == []
    assert found["Ivor Penhale"] == ["He"]


def test_a_pronoun_in_a_phrase_about_the_part_is_its_own() -> None:
    found = _pronouns("Tom Lundgren stars as Ruth Dane, a nurse who loses her job.")
    assert found["Ruth Dane"] == ["her"]
