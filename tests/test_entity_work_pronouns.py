""" "It" as the subject of what a work does, tied to the work just named or the one the article opens with."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _work_pronouns(text: str) -> dict[str, list[str]]:
    """Each work's name -> the texts of its pronoun mentions."""
    entities = find_entities(load_pipeline()(text))
    return {e.name: [m.text for m in e.mentions if m.kind == "pronoun"] for e in entities if e.type == "WORK"}


def test_it_topping_the_charts_is_the_work_just_named() -> None:
    text = 'The film "Copper Lanterns" opened in 300 cinemas on Friday. It took $9m in three days.'
    assert _work_pronouns(text)["Copper Lanterns"] == ["It"]


def test_it_with_a_verb_no_work_does_is_left_alone() -> None:
    text = 'The film "Copper Lanterns" opened in 300 cinemas on Friday. It is thought that queues were long.'
    assert _work_pronouns(text)["Copper Lanterns"] == []


def test_it_in_a_subordinate_clause_is_left_alone() -> None:
    text = 'The film "Copper Lanterns" opened in 300 cinemas on Friday. Fans queued because it won a prize.'
    assert _work_pronouns(text)["Copper Lanterns"] == []


def test_an_unnamed_subject_in_between_may_be_meant() -> None:
    text = 'The film "Copper Lanterns" opened on Friday. The premiere drew a crowd. It won praise from critics.'
    assert _work_pronouns(text)["Copper Lanterns"] == []


def test_two_works_just_named_leave_it_alone() -> None:
    text = 'The film "Copper Lanterns" beat the film "Glass Harbour" on Friday. It took $9m in three days.'
    assert all(not links for links in _work_pronouns(text).values())


def test_it_after_a_band_named_in_between_is_the_opening_work() -> None:
    text = ("Copper Lanterns, the charity single, has been re-issued. Forty singers sang as group Lantern Aid, "
            "including Ana Pell and Tom Hale. It went on to win two awards.")
    assert _work_pronouns(text)["Copper Lanterns"] == ["It"]
