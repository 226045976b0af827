"""A US politician's party-and-state tag ("(D-Nev.)", ", R-Texas,") is no entity of its own."""

from __future__ import annotations

import pytest

from dateline.stages.entities import find_entities
from tests.ner import with_entities

pytestmark = pytest.mark.slow


def test_a_tag_in_brackets_after_a_name_is_no_entity() -> None:
    doc = with_entities("Sen. Tessa Marlow (D-Nev.) voted no.", ("Tessa Marlow", "PERSON"), ("D-Nev.", "ORG"))
    assert [e.name for e in find_entities(doc)] == ["Tessa Marlow"]


def test_a_tag_between_commas_is_no_entity() -> None:
    doc = with_entities("Rep. Ivo Sand, R-Texas, voted yes.", ("Ivo Sand", "PERSON"), ("R-Texas", "GPE"))
    assert [e.name for e in find_entities(doc)] == ["Ivo Sand"]


def test_a_hyphenated_name_that_is_no_tag_stays() -> None:
    doc = with_entities("The veterans marked D-Day in Caen.", ("D-Day", "EVENT"), ("Caen", "GPE"))
    assert [e.name for e in find_entities(doc)] == ["D-Day", "Caen"]
