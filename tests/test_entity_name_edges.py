"""What the NER runs into a name and is no part of it: an emoji, the marks of a name in quotes, a role noun
after a show's name, a plural acronym, a business word after a person's name."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities
from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _names_with_person_span(text: str, start: int, end: int) -> list[str]:
    doc = load_pipeline()(text)
    doc.ents = [*(e for e in doc.ents if e.end <= start or e.start >= end), Span(doc, start, end, "PERSON")]
    return [e.name for e in find_entities(doc)]


def test_an_emoji_before_a_name_is_not_part_of_it() -> None:
    assert "Haddad" in _names_with_person_span("Party time 🎉 Haddad said on Monday.", 2, 4)


def test_an_emoji_after_a_name_is_not_part_of_it() -> None:
    assert "Omar Haddad" in _names_with_person_span("Omar Haddad 🎉 won the vote on Monday.", 0, 3)


def test_a_given_name_in_quotes_stays_in_the_name() -> None:
    assert "Sam Reed" in mentions_by_entity("Dara O'Neil, 30, married \"Sam\" Reed in Paris.", "name")


def test_a_nickname_in_quotes_after_a_given_name_is_left_out_of_it() -> None:
    found = mentions_by_entity('The label boss Dave "Mudcat" Saunders spoke. Saunders left.', "name")
    assert found["Dave Saunders"] == ['Dave "Mudcat" Saunders', "Saunders"]


def test_a_role_after_a_show_s_name_is_no_part_of_it() -> None:
    text = "The comedy stars former Friends actress Lisa Kudrow. Kudrow's Friends co-star, David Schwimmer, plays a drunk."
    assert "Friends co-star" not in mentions_by_entity(text, "name")


def test_a_plural_acronym_is_no_person() -> None:
    assert "MPs" not in mentions_by_entity("MPs voted on Monday. Tony Blair told MPs he would stay.", "name")


def test_a_business_named_after_its_owner_is_not_the_owner() -> None:
    found = mentions_by_entity("Jim Hart runs Jim Hart Motors in Ohio. Hart said sales were up.", "name")
    assert (found["Jim Hart"], found["Jim Hart Motors"]) == (["Jim Hart", "Hart"], ["Jim Hart Motors"])


def test_a_german_given_name_makes_a_person_of_a_name_typed_org() -> None:
    doc = load_pipeline()("Johannes Brandt spoke on Monday. Brandt is a member of parliament.")
    doc.ents = [Span(doc, 0, 2, "ORG"), Span(doc, 6, 7, "ORG")]
    people = [(e.name, [m.text for m in e.mentions if m.kind == "name"]) for e in find_entities(doc) if e.type == "PERSON"]
    assert people == [("Johannes Brandt", ["Johannes Brandt", "Brandt"])]
