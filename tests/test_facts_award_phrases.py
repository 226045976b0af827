"""The award of a nomination or a win named by an "in" or "at" phrase: "nominees in the best drama
category", "winners at the Harbour Film Awards", "nominations at this year's Harbour Film Awards"."""

from __future__ import annotations

from tests.facts_support import facts_of, people


def _objects(text: str, predicate: str) -> list[tuple[list[str], str | None]]:
    return sorted(facts_of(text, people(text, "Mara Quill", "Ivo Sand")).named(predicate))


def test_nominees_in_a_category() -> None:
    text = "Other nominees in the best drama category include Mara Quill and Ivo Sand."
    assert _objects(text, "nominated") == [(["Ivo Sand"], "best drama category"), (["Mara Quill"], "best drama category")]


def test_nominated_in_a_category() -> None:
    text = "Mara Quill was also nominated in the best actress category for her role."
    assert _objects(text, "nominated") == [(["Mara Quill"], "best actress category")]


def test_winners_at_a_ceremony() -> None:
    text = "Mara Quill and Ivo Sand were both winners at the Harbour Film Awards."
    assert _objects(text, "won_award") == [(["Ivo Sand"], "Harbour Film Awards"), (["Mara Quill"], "Harbour Film Awards")]
