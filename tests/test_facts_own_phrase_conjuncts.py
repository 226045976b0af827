"""A phrase on one name that holds the trigger ("X of the Harbour Dept.") is not said of the names listed after
it ("and Y of the mayor's office")."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def _employers(text: str) -> list[tuple[list[str], str | None]]:
    entities = [*people(text, "Ana Reyes", "Ivo Sand"), entity(text, "O1", "the Harbour Dept", "ORG")]
    return facts_of(text, entities).named("works_for")


def test_a_name_listed_after_the_phrase_does_not_share_it() -> None:
    text = "Ana Reyes of the Harbour Dept. and Ivo Sand of Mayor Quill's office were married on Sunday."
    assert _employers(text) == [(["Ana Reyes"], "the Harbour Dept")]
