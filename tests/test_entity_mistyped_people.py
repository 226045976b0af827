"""A one-word name the NER typed ORG may take a "he" or "she", unless something marks it as no one's.

The NER often types a lone surname ORG ("Koehler said he"), and those names must stay open to pronouns;
it also types institutions and firms ORG ("the Senate", "record label Sony"), which must not take a
pronoun and so become people. A person noun or a person's full name wins over such a mark.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dateline.stages.entities import find_entities
from tests.ner import with_entities

pytestmark = pytest.mark.slow


def _pronouns(doc: Doc) -> dict[str, tuple[str, list[str]]]:
    return {
        entity.name: (entity.type, [m.text for m in entity.mentions if m.kind == "pronoun"])
        for entity in find_entities(doc)
    }


def test_an_institution_takes_no_pronoun() -> None:
    doc = with_entities("The Senate rejected the plan on Tuesday. He said it would fail.", ("Senate", "ORG", 0))
    assert _pronouns(doc) == {"Senate": ("ORG", [])}


def test_a_firm_named_as_one_leaves_the_pronoun_to_the_person() -> None:
    doc = with_entities(
        "Marta Quill sued the label Vexcorp last year. Vexcorp said her claims were false.",
        ("Marta Quill", "PERSON", 0), ("Vexcorp", "ORG", 0), ("Vexcorp", "ORG", 1),
    )
    assert _pronouns(doc) == {"Marta Quill": ("PERSON", ["her"]), "Vexcorp": ("ORG", [])}


def test_a_nationality_takes_no_pronoun() -> None:
    doc = with_entities(
        "Marta Quill teaches English in Leeds. English is her second language.",
        ("Marta Quill", "PERSON", 0), ("English", "LANGUAGE", 0), ("English", "LANGUAGE", 1),
    )
    assert _pronouns(doc)["English"] == ("OTHER", [])


def test_an_unmarked_lone_name_may_still_be_a_person() -> None:
    doc = with_entities("Koehler joined the orchestra in 1990. He left it in 1995.", ("Koehler", "ORG", 0))
    assert _pronouns(doc) == {"Koehler": ("PERSON", ["He"])}


def test_a_person_noun_wins_over_the_mark_of_a_firm() -> None:
    doc = with_entities("The frontman Zorro said he would tour in May.", ("Zorro", "ORG", 0))
    assert _pronouns(doc) == {"Zorro": ("PERSON", ["he"])}


def test_a_person_noun_in_apposition_wins_over_the_mark_of_a_firm() -> None:
    doc = with_entities("The star Orlo, a singer from Leeds, said he would win.", ("Orlo", "ORG", 0))
    assert _pronouns(doc) == {"Orlo": ("PERSON", ["he"])}


def test_a_word_of_a_persons_name_wins_over_the_mark_of_a_firm() -> None:
    doc = with_entities(
        "Ed met Dana Tamm at home. Tamm aides said his plan was ready.",  # not "Dana Tamm Motors": a firm
        ("Dana Tamm", "PERSON", 0), ("Tamm", "ORG", 1),
    )
    assert _pronouns(doc)["Dana Tamm"] == ("PERSON", ["his"])  # "Tamm aides" is the person, not a firm
