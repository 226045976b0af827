"""A possessive whose clause's subject brings in someone without a name ("a young woman ... her") is not
the named person's before it (ents21)."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    return mentions_by_entity(text, "pronoun")


def test_an_unnamed_woman_owns_her_father() -> None:
    text = (
        "Chief executive Ann Vale said the show had drifted. In the series a young woman picks her natural"
        " father for a cash prize."
    )
    assert "her" not in _pronouns(text).get("Ann Vale", [])


def test_through_the_verb_an_infinitive_hangs_from() -> None:
    text = (
        "Chief executive Ann Vale said the show had drifted. The series, where a young woman tries to pick her"
        " natural father, caused outrage."
    )
    assert "her" not in _pronouns(text).get("Ann Vale", [])


def test_a_definite_description_may_be_the_named_woman() -> None:
    text = "Ann Vale was arrested on Monday. Later the woman denied her part in the raid."
    assert "her" in _pronouns(text).get("Ann Vale", [])


def test_a_man_does_not_take_her() -> None:
    text = (
        "Chief executive Ann Vale said the show had drifted. In the series a young man picks her favourite"
        " dish for a cash prize."
    )
    assert "her" in _pronouns(text).get("Ann Vale", [])
