"""A description in what a representative reports is the person they speak for."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities
from tests.facts_support import facts_of

pytestmark = pytest.mark.slow

_DENIAL = (
    "Pop star Nina Coral and actor Tomas Reed were seen together in Paris. "
    "A spokesperson for Nina Coral has denied a report that the singer is dating the actor Tomas Reed."
)


def test_a_description_in_a_spokespersons_denial_is_the_person_spoken_for() -> None:
    entities = find_entities(load_pipeline()(_DENIAL))
    coral = next(entity for entity in entities if entity.name == "Nina Coral")
    assert "the singer" in [mention.text for mention in coral.mentions]


def test_the_denied_report_gives_a_negative_dating_fact() -> None:
    found = facts_of(_DENIAL, find_entities(load_pipeline()(_DENIAL)))
    dating = [fact for fact in found.facts if fact.predicate == "dating"]
    assert [(fact.polarity, sorted(found.names[p] for p in fact.participants)) for fact in dating] == [
        ("negative", ["Nina Coral", "Tomas Reed"])
    ]
