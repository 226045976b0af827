"""A past clause opened by "when" is presupposed: a claim about what happened then does not make it doubtful."""

from __future__ import annotations

import pytest

from dateline.model import Factuality
from tests.builders import attribution, entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def _nomination(text: str, content: str):  # type: ignore[no-untyped-def]
    claimed = attribution(
        text, "A1", "Mara Quill", "claimed", content=content,
        factuality=Factuality(certainty="probable", commitment="claimed"),
    )
    entities = [*people(text, "Ivo Sand", "Mara Quill"), entity(text, "W1", "Harbour Lights", "WORK")]
    return facts_of(text, entities, attributions=[claimed]).one("nominated")


def test_a_past_when_clause_in_a_claim_is_certain() -> None:
    content = "the ceremony only drew viewers when Ivo Sand was nominated for Harbour Lights"
    assert _nomination(f"Mara Quill claimed {content}.", content).certainty == "certain"


def test_a_future_when_clause_in_a_claim_stays_hedged() -> None:
    content = "the ceremony will only draw viewers when Ivo Sand is nominated for Harbour Lights"
    assert _nomination(f"Mara Quill claimed {content}.", content).certainty == "probable"
