""""Y's agent X" with the possessive hung on the name X rather than on the title: Y is still the employer; not a
possessive set off by a comma ("To his left, longtime attorney X")."""

from __future__ import annotations

import pytest

from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def _employers(text: str) -> list:
    return facts_of(text, people(text, "Mara Quillera", "Meghan Sand")).named("works_for")


def test_a_possessive_before_a_title_and_name_is_the_employer() -> None:
    found = _employers('"No plans have been set yet," said Quillera\'s agent Meghan Sand.')
    assert found == [(["Meghan Sand"], "Mara Quillera")]


def test_a_possessive_set_off_by_a_comma_is_no_employer() -> None:
    text = "To Brandt's left, outspoken longtime attorney Ivo Sand."
    assert facts_of(text, people(text, "Tomas Brandt", "Ivo Sand")).named("works_for") == []
