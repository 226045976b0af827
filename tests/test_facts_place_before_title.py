"""A place right before a title says where its holder is from: the names before its "and" are not the title's."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def _found(text: str, work: str, place: str):
    return facts_of(
        text,
        [
            *people(text, "Mara Quill", "Tomas Brandt"),
            entity(text, "W1", work, "WORK"),
            entity(text, "G1", place, "GPE"),
        ],
    )


def test_a_work_before_and_a_place_is_not_the_next_directors_work() -> None:
    text = (
        "Nominees for best foreign film include Spain's Mara Quill for Bad Harbour and Hong Kong director"
        " Tomas Brandt for 2046."
    )
    found = _found(text, "Bad Harbour", "Hong Kong")
    assert found.named("develops") == []
    assert found.named("works_for") == []


def test_a_work_right_before_the_title_is_still_the_directors() -> None:
    text = "Grey Harbour director Tomas Brandt met Mara Quill in Hong Kong."
    found = _found(text, "Grey Harbour", "Hong Kong")
    assert found.named("develops") == [(["Tomas Brandt"], "Grey Harbour")]
