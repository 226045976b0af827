"""A name with its own abbreviated title ("CTO Ana Reyes", "Sen. Ana Reyes") listed after a described name is
someone else: the first name's title and employer are not shared."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def _employers(text: str) -> list[tuple[list[str], str | None]]:
    entities = [*people(text, "Ivo Sand", "Ana Reyes"), entity(text, "O1", "Kestrel Bank", "ORG")]
    return facts_of(text, entities).named("works_for")


def test_a_name_with_an_abbreviated_title_takes_no_other_title() -> None:
    text = "The panel heard Kestrel Bank Vice President Ivo Sand and federal CTO Ana Reyes on Monday."
    assert _employers(text) == [(["Ivo Sand"], "Kestrel Bank")]


def test_a_list_without_titles_shares_the_title() -> None:
    text = "The panel heard Kestrel Bank directors Ivo Sand and Ana Reyes on Monday."
    assert sorted(_employers(text)) == [(["Ana Reyes"], "Kestrel Bank"), (["Ivo Sand"], "Kestrel Bank")]
