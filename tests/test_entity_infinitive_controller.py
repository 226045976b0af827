"""The object that does what an infinitive after its verb says is that clause's subject, whom a subject
pronoun in the next sentence most often goes on about ("Tom Vale summoned Carl Dunne to run the depot.
He was promoted": Carl Dunne); not after a subject-control verb ("promised Carl to ...")."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities
from dateline.stages.entities.pronoun_control import controls_infinitive

pytestmark = pytest.mark.slow

_TEXT = (
    "Carl Dunne trained as an engineer. In June 1941 Tom Vale summoned Carl Dunne to run the depot in Rome. "
    "He was promoted to major in October."
)


def test_the_controlling_object_takes_the_next_subject_pronoun() -> None:
    found = {e.name: [m.text for m in e.mentions if m.kind == "pronoun"] for e in find_entities(load_pipeline()(_TEXT))}
    assert found["Carl Dunne"] == ["He"]
    assert found["Tom Vale"] == []


def test_a_subject_control_verb_s_object_does_not_control() -> None:
    doc = load_pipeline()("Tom Vale promised Carl Dunne to run the depot.")
    assert not controls_infinitive(next(token for token in doc if token.text == "Dunne"))
