"""Stage names spaCy reads as something else: a number before a capitalised "Cent" is a person, not a sum
of money ("50 cents" is one); a stage name of common words opening with "The" after a performer's title is a
person (ents21)."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _people(text: str) -> dict[str, list[str]]:
    return {
        e.name: [m.text for m in e.mentions] for e in find_entities(load_pipeline()(text)) if e.type == "PERSON"
    }


def test_a_number_and_a_capitalised_cent_is_a_rapper() -> None:
    assert _people("Rapper 50 Cent said he would tour Europe in May.") == {"50 Cent": ["50 Cent", "he"]}


def test_a_sum_in_cents_is_no_one() -> None:
    assert _people("The stamp went up by 50 cents on Monday.") == {}


def _types(text: str) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, [m.text for m in e.mentions]) for e in find_entities(load_pipeline()(text))}


def test_a_stage_name_after_rapper_is_a_person_wherever_it_recurs() -> None:
    found = _types(
        "US rapper The Harbour is the label's latest signing. The Harbour said he was thrilled."
        " Newcomer The Harbour's debut album sold well."
    )
    kind, mentions = found["The Harbour"]
    assert kind == "PERSON"
    assert mentions.count("The Harbour") == 2 and "The Harbour's" in mentions and "he" in mentions


def test_a_stage_name_after_protege_is_not_retyped_a_work() -> None:
    found = _types("The star has dropped his protege The Harbour from the tour after a row over money.")
    assert found["The Harbour"][0] == "PERSON"


def test_a_band_after_a_band_noun_stays_a_band() -> None:
    found = _types("The rock band The Lanterns played a sold-out show in Leeds on Friday.")
    assert found.get("The Lanterns", ("ORG", []))[0] != "PERSON"
