"""Awards handed out: the one given the award won it, not the giver ("awarded X the prize", "X was awarded the
prize", "presented X with an award", "presented the prize to X"); not a list of alternatives ("will be presented
to A, B or C") nor a gift that is no award ("gave X a second chance")."""

from __future__ import annotations

import pytest

from tests.facts_support import facts_of, people

_NAMES = ("Ivo Sand", "Mara Quill", "Tomas Brandt")


def _wins(text: str) -> list[tuple[list[str], str | None]]:
    return sorted(facts_of(text, people(text, *_NAMES)).named("won_award"))


@pytest.mark.parametrize(
    ("text", "award"),
    [
        ("The critics awarded Ivo Sand the best actor prize.", "best actor prize"),
        ("Ivo Sand was awarded the Harbour Prize in 2003.", "Harbour Prize"),
        ("Mara Quill presented Ivo Sand with a special award.", "special award"),
        ("Mara Quill presented the best song prize to Ivo Sand.", "best song prize"),
    ],
)
def test_the_one_given_an_award_won_it(text: str, award: str) -> None:
    assert _wins(text) == [(["Ivo Sand"], award)]


def test_an_award_to_be_presented_is_a_future_win() -> None:
    text = "Ivo Sand will be presented with an award for his career."
    assert facts_of(text, people(text, *_NAMES)).one("won_award").tense == "future"


def test_an_award_presented_to_one_of_several_names_is_no_win() -> None:
    assert _wins("The Harbour Prize will be presented to Ivo Sand, Mara Quill or Tomas Brandt.") == []


def test_a_gift_that_is_no_award_is_no_win() -> None:
    assert _wins("The studio gave Ivo Sand a second chance.") == []
