"""A business that "works with" another has a client, not a collaboration; a band that works with someone does."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of

pytestmark = pytest.mark.slow


def _collaborations(text: str, first: str, second: str) -> list[tuple[list[str], str | None]]:
    entities = [entity(text, "O1", first, "ORG"), entity(text, "O2", second, "ORG")]
    return facts_of(text, entities).named("collaboration")


def test_a_firm_that_works_with_a_party_has_a_client() -> None:
    text = "Kestrel Media, an advertising firm that works with the Harbour Party, sent the figures on Monday."
    assert _collaborations(text, "Kestrel Media", "the Harbour Party") == []


def test_a_band_that_worked_with_another_collaborated() -> None:
    text = "The Kelp, a folk band that has worked with Harbour Lights, sent a statement on Monday."
    assert _collaborations(text, "The Kelp", "Harbour Lights") == [(["Harbour Lights", "The Kelp"], None)]
