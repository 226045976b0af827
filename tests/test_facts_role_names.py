"""The role of an acting fact names a part ("Captain Vell", "a ferry pilot"), not a description of one."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def _roles(text: str, *works: str) -> list[str | None]:
    entities = [*people(text, "Mara Quill"), *(entity(text, f"W{n}", w, "WORK") for n, w in enumerate(works, 1))]
    return [fact.arguments.get("role") for fact in facts_of(text, entities).facts if fact.predicate == "acted_in"]


def test_a_named_part_is_the_role() -> None:
    assert _roles("Mara Quill played a ferry pilot in The Glass Harbour.", "The Glass Harbour") == ["ferry pilot"]


def test_a_phrase_about_the_part_is_no_role() -> None:
    text = "Mara Quill played a much darker role in her next film, The Glass Harbour."
    assert _roles(text, "The Glass Harbour") == [None]
    text = "The Glass Harbour stars Mara Quill as one of the city's first doctors."
    assert _roles(text, "The Glass Harbour") == [None]


def test_titles_after_such_as_are_examples_not_roles() -> None:
    text = "Mara Quill has had roles in films such as Cold Tide and Salt Road."
    assert _roles(text, "Cold Tide", "Salt Road") == [None, None]


def test_a_performance_or_portrayal_of_a_part_in_a_named_work() -> None:
    """Twenty-eighth round: "in W" hangs from the part; the work must be named."""
    assert _roles("Mara Quill won praise for her performance as Captain Vell in Cold Tide.", "Cold Tide") == ["Captain Vell"]
    assert _roles("Mara Quill's portrayal of Captain Vell in Cold Tide was praised.", "Cold Tide") == ["Captain Vell"]
    assert _roles("Mara Quill's portrayal of Captain Vell was praised.") == []
