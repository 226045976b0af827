"""A word of a name or a title is no cue: "No" in a film called "No Way Back" negates nothing."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, factuality_of, people

pytestmark = pytest.mark.slow


def test_no_in_a_film_title_negates_nothing() -> None:
    text = "Her debut was in the film No Way Back, starring Ivo Sand and Ana Reyes."
    entities = [*people(text, "Ivo Sand", "Ana Reyes"), entity(text, "W1", "No Way Back", "WORK")]
    facts = [fact for fact in facts_of(text, entities).facts if fact.predicate == "acted_in"]
    assert facts and {fact.polarity for fact in facts} == {"positive"}


def test_no_before_a_common_noun_still_negates() -> None:
    assert factuality_of("Ivo Sand won no prize for the novel.", "won").polarity == "negative"
