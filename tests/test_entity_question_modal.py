"""A modal opening a question that the NER ran into the name after it ("Will Trump be calm?") is no part of it."""

from __future__ import annotations

import pytest

from dateline.stages.entities import find_entities
from tests.ner import with_entities

pytestmark = pytest.mark.slow


def _people(doc_text: str, *spans: tuple[str, str]) -> dict[str, list[str]]:
    doc = with_entities(doc_text, *spans)
    return {e.name: [m.text for m in e.mentions if m.kind == "name"] for e in find_entities(doc) if e.type == "PERSON"}


def test_a_modal_opening_a_question_is_cut_off_the_name() -> None:
    people = _people(
        "Tobias Vell debates tonight. Will Vell be calm? Nobody knows.",
        ("Tobias Vell", "PERSON"),
        ("Will Vell", "PERSON"),
    )
    assert people == {"Tobias Vell": ["Tobias Vell", "Vell"]}


def test_a_given_name_opening_a_statement_stays() -> None:
    people = _people("Will Vell won the prize. Will Vell thanked his band.", ("Will Vell", "PERSON"), ("Will Vell", "PERSON", 1))
    assert people == {"Will Vell": ["Will Vell", "Will Vell"]}
