"""A possessive pronoun owning a predicate noun is not the one the noun is said of (i-within-i): "Edith
Cole was appointed her successor", "hired Joe Hart as his deputy", "considers Mary Cole to be her last
hope", "had been one of her favourite models", "became part of his team"; a noun further in is ("one of the best singers of her
time" is hers)."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return mentions_by_entity(text, "pronoun")


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee retired in 1880, and Edith Cole was appointed her successor.",
        "Ann Lee considers Edith Cole to be her last hope.",
        "Ann Lee said Edith Cole had always been one of her favourite models.",
    ],
)
def test_the_predicate_s_subject_does_not_own_it(text: str) -> None:
    found = _pronouns(text)
    assert found["Ann Lee"] == ["her"]
    assert found["Edith Cole"] == []


def test_a_part_of_the_pronoun_s_group_is_not_its_owner() -> None:
    found = _pronouns("Joe Hart visited Tom Vale. Joe Hart became part of his team.")
    assert found["Tom Vale"] == ["his"]
    assert found["Joe Hart"] == []


def test_the_object_named_as_the_predicate_does_not_own_it() -> None:
    assert _pronouns("Tom Vale hired Joe Hart as his deputy.")["Joe Hart"] == []


def test_a_noun_further_in_the_predicate_is_the_subject_s() -> None:
    found = _pronouns("Ann Lee met Edith Cole. Edith Cole was one of the best singers of her time.")
    assert found["Edith Cole"] == ["her"]
