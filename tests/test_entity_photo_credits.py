"""A photo credit run into the headline after it ("... | Getty Marlow wins") is no part of a name."""

from __future__ import annotations

import pytest

from dateline.stages.entities import find_entities
from tests.ner import with_entities

pytestmark = pytest.mark.slow

CAPTION = "Crowds cheered in the square on Monday. | Getty Marlow wins the vote.\n\nSenator Tessa Marlow won. "


def test_a_credit_before_a_surname_leaves_the_surname_to_the_person() -> None:
    doc = with_entities(
        CAPTION + "Marlow said she was proud.",
        ("Getty Marlow", "PERSON"),
        ("Tessa Marlow", "PERSON"),
        ("Marlow", "PERSON", 2),
    )
    people = {e.name: sorted(m.text for m in e.mentions) for e in find_entities(doc)}
    # without the rule "Getty Marlow" is a second person, and the last "Marlow" fits both and is dropped
    assert people == {"Tessa Marlow": ["Marlow", "Marlow", "Senator Tessa Marlow", "she"]}


def test_a_credit_before_no_name_leaves_nothing() -> None:
    doc = with_entities("The vote was close. | Getty Everything you need to know.", ("Getty Everything", "PERSON"))
    assert find_entities(doc) == []


def test_an_organisation_named_after_the_family_keeps_its_name() -> None:
    doc = with_entities("She visited the Getty Center in May.", ("Getty Center", "ORG"))
    assert [e.name for e in find_entities(doc)] == ["Getty Center"]


def test_an_organisation_after_a_credit_loses_the_credit() -> None:
    doc = with_entities("A file photo/AFP via Getty Images NATO met in May.", ("Getty Images NATO", "ORG"))
    assert [e.name for e in find_entities(doc)] == ["NATO"]
