"""A state said to have ended ("no longer works for", "was not a member of") is not so: the negation of
"no longer" hangs on the adverb, and a predicated description ("is a member of") takes its clause's negation."""

from __future__ import annotations

import pytest

from tests.facts_support import facts_of, factuality_of, people

pytestmark = pytest.mark.slow


def test_no_longer_negates_the_verb_it_modifies() -> None:
    fact = factuality_of("Anna Lee no longer works for the BBC.", "works")
    assert (fact.polarity, [cue.text for cue in fact.cues]) == ("negative", ["longer"])


def test_longer_without_a_negation_is_no_cue() -> None:
    fact = factuality_of("Anna Lee works longer hours for the BBC now.", "works")
    assert (fact.polarity, fact.cues) == ("positive", [])


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Kim Fox is no longer a member of the band Red Unit.", "negative"),
        ("Kim Fox was not a member of the band Red Unit.", "negative"),
        ("Kim Fox is a member of the band Red Unit.", "positive"),
    ],
)
def test_a_membership_the_clause_denies_is_negative(text: str, polarity: str) -> None:
    entities = people(text, "Kim Fox") + people(text, "Red Unit", type="ORG")
    found = facts_of(text, entities)
    assert found.named("works_for") == [(["Kim Fox"], "Red Unit")]
    assert found.one("works_for").polarity == polarity
