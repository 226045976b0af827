"""A name the NER took for a person, set right after a work noun that it names, is the work's title."""

from __future__ import annotations

import pytest

from dateline.stages.entities.mentions import find_named_mentions

pytestmark = pytest.mark.slow


def _types(nlp: object, text: str) -> dict[str, str]:
    return {mention.text: mention.type for mention in find_named_mentions(nlp(text))}  # type: ignore[operator]


def test_a_name_after_a_work_noun_is_the_title(nlp: object) -> None:
    types = _types(nlp, "Director Ana Reyes will shoot the comic book adaptation Marcus Webb next year.")
    assert types["Marcus Webb"] == "WORK"
    assert types["Ana Reyes"] == "PERSON"


def test_a_name_opening_a_clause_after_the_noun_stays_a_person(nlp: object) -> None:
    types = _types(nlp, "Critics loved every track Marcus Webb has released since May.")
    assert types["Marcus Webb"] == "PERSON"
