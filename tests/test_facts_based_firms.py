"""A firm based somewhere lives nowhere: "X-based" gives lived_in to people, and to an organisation only as a band."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def _lived(text: str, name: str, type: str) -> list[tuple[list[str], str | None]]:
    entities = [entity(text, "X1", name, type), entity(text, "G1", "Leeds", "GPE")]
    return facts_of(text, entities).named("lived_in")


def test_a_firm_based_in_a_city_lives_nowhere() -> None:
    assert _lived("Leeds-based Kestrel Bank has bought a rival lender.", "Kestrel Bank", "ORG") == []


def test_a_firm_named_by_its_noun_lives_nowhere() -> None:
    assert _lived("The Leeds-based firm Kestrel Soft has sold its search unit.", "Kestrel Soft", "ORG") == []


def test_a_band_based_in_a_city_lives_there() -> None:
    text = "The Leeds-based band Kestrel Fire played two encores."
    assert _lived(text, "Kestrel Fire", "ORG") == [(["Kestrel Fire"], "Leeds")]


def test_a_person_based_in_a_city_lives_there() -> None:
    text = "Leeds-based Ivo Sand has written a third novel."
    assert facts_of(text, [*people(text, "Ivo Sand"), entity(text, "G1", "Leeds", "GPE")]).named("lived_in") == [
        (["Ivo Sand"], "Leeds")
    ]
