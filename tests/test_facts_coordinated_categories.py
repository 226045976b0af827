"""Award categories joined inside one phrase: a modifier pair of one noun is one category ("best UK and
Ireland act"), and an "of" phrase after the last of two categories is both's ("record and album of the year")."""

from __future__ import annotations

from tests.facts_support import facts_of, people


def _won(text: str) -> list[str | None]:
    return sorted(fact.arguments.get("object_text") or "" for fact in facts_of(text, people(text, "Mara Quill")).facts
                  if fact.predicate == "won_award")


def test_two_modifiers_of_one_category_are_one_category() -> None:
    assert _won("Mara Quill was named best UK and Ireland act.") == ["best UK and Ireland act"]


def test_a_shared_of_phrase_completes_both_categories() -> None:
    text = "Mara Quill got honours including record and album of the year."
    assert _won(text) == ["album of the year", "record of the year"]
