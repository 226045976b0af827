"""A name's initials in brackets right after it are the same entity."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _entities(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its name mentions."""
    return mentions_by_entity(text, "name")


def test_initials_in_brackets_join_the_full_name() -> None:
    text = (
        "The Federal Broadcasting Authority (FBA) fined the network on Monday. "
        "The FBA said the fine was the largest it had set. A spokesman for the FBA declined to comment."
    )
    entities = _entities(text)
    assert "FBA" not in entities
    names = entities["The Federal Broadcasting Authority"]
    assert names.count("FBA") == 3


def test_initials_that_do_not_agree_stay_apart() -> None:
    text = "Novelist Ian Crane (UK) was shortlisted. The UK prize goes to Crane, a judge said."
    entities = _entities(text)
    assert "UK" in entities
    assert "UK" not in entities.get("Ian Crane", [])
