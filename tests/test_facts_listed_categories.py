"""A named award in the plural won "for" two or more categories is one win per category."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of


def _wins(text: str) -> list[tuple[list[str], str | None]]:
    entities = [entity(text, "P1", "Mara Quill"), entity(text, "E1", "Lanterns", "EVENT")]
    return sorted(facts_of(text, entities).named("won_award"))


def test_each_listed_category_is_a_win() -> None:
    text = "Mara Quill won Lanterns for best album and best single in 2003."
    assert _wins(text) == [(["Mara Quill"], "best album"), (["Mara Quill"], "best single")]


def test_categories_with_of_phrases_keep_them() -> None:
    text = "Mara Quill went on to win Lanterns for song of the year and record of the year."
    assert _wins(text) == [(["Mara Quill"], "record of the year"), (["Mara Quill"], "song of the year")]


def test_a_reason_or_a_single_category_keeps_the_award() -> None:
    for text in ("Mara Quill won Lanterns for her songs and her videos.", "Mara Quill won Lanterns for best ballad."):
        assert _wins(text) == [(["Mara Quill"], "Lanterns")], text
