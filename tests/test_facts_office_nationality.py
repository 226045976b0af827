"""A nationality in front of an office's capitalised title is the holder's ("Italian Prime Minister X", "US
President Y"), as in front of a lower-case title; a capitalised word of a name still is not ("Australian Idol")."""

from __future__ import annotations

import pytest

from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_a_nationality_before_a_capitalised_office_is_the_holder_s() -> None:
    text = "Italian Prime Minister Ivo Sand said his wife would come."
    assert facts_of(text, people(text, "Ivo Sand")).named("citizen_of") == [(["Ivo Sand"], "Italy")]


def test_a_country_abbreviation_before_an_office_is_the_holder_s() -> None:
    text = "British Prime Minister Ivo Sand and US President Ana Reyes met on Monday."
    found = facts_of(text, people(text, "Ivo Sand", "Ana Reyes")).named("citizen_of")
    assert found == [(["Ivo Sand"], "United Kingdom"), (["Ana Reyes"], "United States")]


def test_a_nationality_in_a_show_s_name_is_nobody_s() -> None:
    text = "Australian Idol winner Ivo Sand sang."
    assert facts_of(text, people(text, "Ivo Sand")).named("citizen_of") == []
