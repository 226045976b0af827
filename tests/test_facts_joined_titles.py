"""A second title joined to the "of" phrase of a title beside a name is that name's own."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def test_a_second_title_parsed_under_the_first_ones_of_phrase_is_the_names() -> None:
    text = '"It was a bold book," said Ms Quill, chair of the judges and the Harbour literary editor.'
    found = facts_of(text, [*people(text, "Ms Quill"), entity(text, "O1", "Harbour", "ORG")])
    assert found.named("works_for") == [(["Ms Quill"], "Harbour")]


def test_the_members_of_a_panel_have_no_title_of_their_own() -> None:
    text = '"It was a bold book," said Ms Quill, chair of the judges and editors of the Harbour.'
    found = facts_of(text, [*people(text, "Ms Quill"), entity(text, "O1", "Harbour", "ORG")])
    assert found.named("works_for") == []
