"""A title's employer named by "for" ("head of distribution for X", "a senior reporter for Y"); a description set
beside the employer is not a second employer ("Y, a Z and W co-production"); a "talking head" heads nothing."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_an_employer_named_by_for() -> None:
    text = '"It went well," said Ivo Sand, head of distribution for Kestrel Pictures.'
    entities = [*people(text, "Ivo Sand"), entity(text, "O1", "Kestrel Pictures", "ORG")]
    assert facts_of(text, entities).named("works_for") == [(["Ivo Sand"], "Kestrel Pictures")]


def test_a_description_beside_the_employer_is_no_employer() -> None:
    text = "Ana Reyes is technology correspondent for The Harbour, a Kestrel Radio and Lantern TV co-production."
    entities = [*people(text, "Ana Reyes"), entity(text, "O1", "The Harbour", "ORG"),
                entity(text, "O2", "Kestrel Radio", "ORG"), entity(text, "O3", "Lantern TV", "ORG")]
    assert facts_of(text, entities).named("works_for") == [(["Ana Reyes"], "The Harbour")]


def test_a_talking_head_heads_nothing() -> None:
    text = '"He knows Russia," says Ivo Sand, a talking head for Kestrel Oil.'
    entities = [*people(text, "Ivo Sand"), entity(text, "O1", "Kestrel Oil", "ORG")]
    assert facts_of(text, entities).named("works_for") == []
