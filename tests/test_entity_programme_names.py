"""A name typed PERSON that ends with a programme word is the programme named after its host (ents21)."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _types(text: str) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, [m.text for m in e.mentions]) for e in find_entities(load_pipeline()(text))}


def test_a_show_named_after_its_host_is_a_work_apart_from_the_host() -> None:
    found = _types("Comedy actress Nora Vance, from The Nora Vance Show, was nominated, but she lost to a newcomer.")
    assert found["The Nora Vance Show"][0] == "WORK"
    assert found["Nora Vance"][0] == "PERSON" and "she" in found["Nora Vance"][1]


def test_a_quoted_show_is_a_work() -> None:
    found = _types("During an interview on the \u201cRick Dawson Morning Show,\u201d the senator urged voters to turn out.")
    assert found["Rick Dawson Morning Show"][0] == "WORK"


def test_a_person_whose_surname_is_no_programme_word_stays_a_person() -> None:
    assert _types("Lobbyist Ron Booker said he would meet the senator.")["Ron Booker"][0] == "PERSON"
