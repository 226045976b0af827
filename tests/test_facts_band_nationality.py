"""A nationality in front of a music act's noun is the act's ("US rock band X", "Irish pop act Y": citizen_of, as
the held-out gold README decides); not a category ("best Irish band"), nor a trio of clubs."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of

pytestmark = pytest.mark.slow


def _citizen(text: str, *names: str) -> list:
    entities = [entity(text, f"O{n}", name, "ORG") for n, name in enumerate(names)]
    return facts_of(text, entities).named("citizen_of")


def test_a_demonym_before_a_band_gives_the_band_its_country() -> None:
    found = _citizen("Irish rock band Sea Kings have cancelled their tour.", "Sea Kings")
    assert [names for names, _ in found] == [["Sea Kings"]]


def test_a_country_abbreviation_before_a_duo_gives_the_duo_its_country() -> None:
    found = _citizen("US rap duo Tin Lanterns won two awards.", "Tin Lanterns")
    assert [names for names, _ in found] == [["Tin Lanterns"]]


def test_a_trio_of_clubs_has_no_nationality() -> None:
    text = "He has been linked with Spanish trio Ravena, Castor and Delmar."
    assert _citizen(text, "Ravena", "Castor", "Delmar") == []
