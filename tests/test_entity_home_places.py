"""A one-word name where a place of origin or a seat goes is a place, whatever the NER typed it."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _types(text: str) -> dict[str, str]:
    return {entity.name: entity.type for entity in find_entities(load_pipeline()(text))}


def test_a_town_after_an_origin_noun_and_from_is_a_place() -> None:
    assert _types("A retired fisherman from Whitby has won the angling cup.")["Whitby"] == "GPE"


def test_a_seat_after_member_of_parliament_for_is_a_place() -> None:
    found = _types("Tom Reyes, the member of parliament for Eastbridge, handed over the prize.")
    assert found["Eastbridge"] == "GPE"


def test_an_acronym_after_from_stays_an_organisation() -> None:
    assert _types("A man from NASA gave a talk in Leeds on Monday.").get("NASA") != "GPE"


def test_an_employee_from_a_company_stays_an_organisation() -> None:
    assert _types("An engineer from Nasa gave a talk in Leeds on Monday.").get("Nasa") != "GPE"
