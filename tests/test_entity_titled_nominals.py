"""A description by an office the article wrote as a person's title names that person back: "former President
Ann Vale ... the former president", "Italian Prime Minister Tom Reed ... the Italian prime minister" (ents24)."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _nominals(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its nominal mentions."""
    return mentions_by_entity(text, "nominal")


def test_the_former_president_is_the_one_titled_so() -> None:
    text = "The forum was opened by former President Ann Vale on Monday. It was moderated by the former president."
    assert _nominals(text)["Ann Vale"] == ["the former president"]


def test_a_place_in_front_is_the_titles_and_left_to_the_place() -> None:
    text = "Italian Prime Minister Tom Reed spoke on Monday. The talks were attended by the Italian prime minister."
    assert _nominals(text)["Tom Reed"] == ["prime minister"]


def test_the_president_is_the_one_titled_president() -> None:
    text = "President Carl Moss signed the law on Friday. Critics said the president had acted alone."
    assert _nominals(text)["Carl Moss"] == ["the president"]


def test_another_title_word_is_another_office() -> None:
    text = "Deputy Prime Minister Tom Reed spoke on Monday. The prime minister was away."
    assert _nominals(text)["Tom Reed"] == []


def test_a_former_holder_is_not_the_president() -> None:
    text = "Former President Ann Vale spoke on Monday. Critics said the president had acted alone."
    assert _nominals(text)["Ann Vale"] == []


def test_the_next_president_selects_someone() -> None:
    text = "President Carl Moss signed the law on Friday. Critics said the next president would repeal it."
    assert _nominals(text)["Carl Moss"] == []


def test_a_holder_not_mentioned_lately_is_not_named_back() -> None:
    filler = " ".join(f"The committee met on day {n} of the session." for n in range(1, 11))
    text = f"President Carl Moss signed the law on Friday. {filler} Critics said the president had acted alone."
    assert _nominals(text)["Carl Moss"] == []
