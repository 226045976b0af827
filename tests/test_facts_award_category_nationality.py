"""A nationality inside an award category's name ("best British male") is the category's, not a
citizenship of the winner named after it."""

from __future__ import annotations

from tests.facts_support import facts_of, people


def test_a_category_nationality_gives_no_citizenship() -> None:
    text = "Best British male artist winner Ivo Sand thanked his fans at the ceremony."
    assert facts_of(text, people(text, "Ivo Sand")).named("citizen_of") == []


def test_a_nationality_without_a_category_is_still_a_citizenship() -> None:
    text = "British male artist Ivo Sand thanked his fans at the ceremony."
    found = facts_of(text, people(text, "Ivo Sand"))
    assert found.named("citizen_of") == [(["Ivo Sand"], "United Kingdom")]
