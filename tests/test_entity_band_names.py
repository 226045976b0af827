"""Band names found by their context: after a band noun, or a name with a digit taking a plural verb."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline

pytestmark = pytest.mark.slow


def _ents(text: str) -> dict[str, str]:
    return {ent.text: ent.label_ for ent in load_pipeline()(text).ents}


def test_the_name_after_a_band_noun_is_an_organisation() -> None:
    assert _ents("The now-defunct boy band Velvet Harbour sang the theme song.")["Velvet Harbour"] == "ORG"


def test_a_person_after_a_band_noun_stays_a_person() -> None:
    assert _ents("The band's singer Mara Quill left in May.").get("Mara Quill") == "PERSON"


def test_a_name_with_a_digit_taking_a_plural_verb_is_an_organisation() -> None:
    found = _ents("U7, who have won three prizes, were not nominated. U7 will tour in May.")
    assert found["U7"] == "ORG"


def test_a_name_with_a_digit_taking_a_singular_verb_is_not_a_group() -> None:
    assert _ents("The A380 is a plane built in Toulouse.").get("A380") != "ORG"
