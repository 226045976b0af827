"""An award category keeps the "in a ..." phrase that says which kind of work or role it is for."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_the_kind_of_work_is_part_of_the_category() -> None:
    text = "Mara Quill was named best actor in a TV drama for her role in Salt Roads."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "Salt Roads", "WORK")]
    assert facts_of(text, entities).named("won_award") == [(["Mara Quill"], "best actor in a TV drama")]


def test_a_named_work_after_in_is_no_part_of_the_category() -> None:
    text = "Mara Quill won best actress in Salt Roads."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "Salt Roads", "WORK")]
    assert facts_of(text, entities).named("won_award") == [(["Mara Quill"], "best actress")]
