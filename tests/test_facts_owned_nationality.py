"""A nationality in a title owned by a firm is the firm's branch, not the person's nationality ("Kestrel Weekly's
US editor X"); one owned by a person or a pronoun still is ("his Irish wife X")."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_a_firm_s_us_editor_has_no_nationality() -> None:
    text = "Kestrel Weekly's US editor Ana Reyes thinks the season was poor."
    entities = [*people(text, "Ana Reyes"), entity(text, "O1", "Kestrel Weekly", "ORG")]
    assert facts_of(text, entities).named("citizen_of") == []


def test_a_nationality_under_a_pronoun_is_the_person_s() -> None:
    text = "Ivo Sand arrived with his Irish wife Ana Reyes."
    assert facts_of(text, people(text, "Ivo Sand", "Ana Reyes")).named("citizen_of") == [(["Ana Reyes"], "Ireland")]
