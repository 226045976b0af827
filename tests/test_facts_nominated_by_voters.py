"""A nomination whose nominator or purpose the sentence names is a vote, unless it names an award."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_a_housemate_nominated_by_another_is_no_nominee() -> None:
    text = "Ivo Sand said he had nominated Bo Rane after a row in the kitchen."
    assert facts_of(text, people(text, "Ivo Sand", "Bo Rane")).named("nominated") == []


def test_a_nomination_by_named_voters_is_no_nominee() -> None:
    text = "Bo Rane had been nominated by four of his fellow housemates."
    assert facts_of(text, people(text, "Bo Rane")).named("nominated") == []


def test_a_nomination_to_leave_is_no_nominee() -> None:
    text = "Mara Quill was nominated to leave."
    assert facts_of(text, people(text, "Mara Quill")).named("nominated") == []


def test_a_nominator_who_names_an_award_makes_a_nominee() -> None:
    text = "The academy nominated Bo Rane for best actor."
    assert facts_of(text, people(text, "Bo Rane")).named("nominated") == [(["Bo Rane"], "best actor")]


def test_a_plain_passive_nomination_stands() -> None:
    text = "Bo Rane has also been nominated."
    assert [names for names, _ in facts_of(text, people(text, "Bo Rane")).named("nominated")] == [["Bo Rane"]]


def test_a_prize_shortlisted_novel_is_a_nominee_of_that_prize() -> None:
    text = "Mara Quill's Kestrel-shortlisted novel, Salt Roads, sold well."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "Salt Roads", "WORK"), entity(text, "E1", "Kestrel", "EVENT")]
    assert facts_of(text, entities).named("nominated") == [(["Salt Roads"], "Kestrel")]
