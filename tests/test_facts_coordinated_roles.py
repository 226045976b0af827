"""A role and an object read from the two halves of a coordination do not go together."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dateline.model import Document
from dateline.nlp import load_pipeline
from dateline.stages.facts import find_facts
from dateline.stages.times import find_times
from tests.builders import entity
from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow

_TEXT = "Mara Quill played Ivo Sand's sister in comedy Harbour Lights, and as a spy in a version of Salt Roads."


def _entities(text: str) -> list:
    works = [entity(text, "W1", "Harbour Lights", "WORK"), entity(text, "W2", "Salt Roads", "WORK")]
    return [*people(text, "Mara Quill", "Ivo Sand"), *works]


def _parsed_with_second_in_on_the_verb() -> Doc:
    """The sentence as the parser sometimes reads it: the second half's "in" hung from "played"."""
    doc = load_pipeline()(_TEXT)
    played = next(token for token in doc if token.text == "played")
    second_in = [token for token in doc if token.text == "in"][1]
    second_in.head = played
    return doc


def test_the_role_of_the_first_half_is_not_the_second_film_s() -> None:
    doc = _parsed_with_second_in_on_the_verb()
    facts = find_facts(doc, document=Document.create(_TEXT), entities=_entities(_TEXT),
                       times=find_times(_TEXT, document_date=None, doc=doc), attributions=[])
    roles = {fact.object: fact.arguments.get("role") for fact in facts if fact.predicate == "acted_in"}
    assert "W2" in roles
    assert roles["W2"] is None


def test_a_role_and_a_film_of_one_clause_go_together() -> None:
    text = "Mara Quill played a nurse in Salt Roads."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "Salt Roads", "WORK")]
    assert facts_of(text, entities).one("acted_in").arguments.get("role") == "nurse"
