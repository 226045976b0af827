"""A title after a copula joined to another verb describes that verb's subject ("X is a fellow at Y and became
a professor of Z": X's second employer)."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_a_joined_copula_shares_the_subject() -> None:
    text = "Ivo Sand is a fellow at Kestrel College and became a professor of the University of Leeds in 2003."
    entities = [*people(text, "Ivo Sand"), entity(text, "O1", "Kestrel College", "ORG"),
                entity(text, "O2", "University of Leeds", "ORG")]
    found = facts_of(text, entities).named("works_for")
    assert found == [(["Ivo Sand"], "Kestrel College"), (["Ivo Sand"], "University of Leeds")]


def test_a_copula_with_its_own_subject_keeps_it() -> None:
    text = "Ivo Sand is a fellow at Kestrel College and his sister became a professor of the University of Leeds."
    entities = [*people(text, "Ivo Sand"), entity(text, "O1", "Kestrel College", "ORG"),
                entity(text, "O2", "University of Leeds", "ORG")]
    assert facts_of(text, entities).named("works_for") == [(["Ivo Sand"], "Kestrel College")]
