"""Legal actions (twenty-eighth round): a person "taking action against" someone sues them, a body's action is a
disciplinary one; "legal battles with" someone, with no direction stated, are a feud."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_a_person_taking_action_against_a_firm_sues_it() -> None:
    text = "Ada Crane is taking action against Halden Studios over an injury on set."
    found = facts_of(text, [*people(text, "Ada Crane"), entity(text, "O1", "Halden Studios", "ORG")])
    assert found.named("sued") == [(["Ada Crane"], "Halden Studios")]


def test_a_body_taking_action_against_a_person_sues_nobody() -> None:
    text = "The Harbour League will take no action against Ada Crane after the match."
    entities = [*people(text, "Ada Crane"), entity(text, "O1", "The Harbour League", "ORG")]
    assert facts_of(text, entities).named("sued") == []


def test_legal_battles_with_a_label_are_a_feud() -> None:
    text = "The film covers Ada Crane's legal battles with Vexa Records and her later career."
    found = facts_of(text, [*people(text, "Ada Crane"), entity(text, "O1", "Vexa Records", "ORG")])
    assert found.named("feud") == [(["Ada Crane", "Vexa Records"], None)]
