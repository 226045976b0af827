""""The role earned him an Oscar": the one an award was won for (the indirect object) won it, not the subject
that earned it; a present tense is left ("could be the role which wins her the prize" is a hope)."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_the_indirect_object_of_earned_won_the_award() -> None:
    text = "Mara Quill played a sailor in Salt Roads, a role which has already earned her a Lantern Award."
    found = facts_of(text, [entity(text, "P1", "Mara Quill", "PERSON", "her")]).named("won_award")
    assert (["Mara Quill"], "Lantern Award") in found


def test_a_present_tense_recipient_is_no_win() -> None:
    text = "It could be the part which finally wins Mara Quill the Lantern Award."
    assert facts_of(text, people(text, "Mara Quill")).named("won_award") == []
