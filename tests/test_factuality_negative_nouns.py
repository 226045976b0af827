"""A refusal or a failure to do something says it was not done, as "refused to" and "failed to" do: "the
channel's refusal to air the film", "her failure to attend the gala"."""

from __future__ import annotations

import pytest

from dateline.model import Factuality
from dateline.stages.factuality import assess

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from dateline.nlp import load_pipeline

    return load_pipeline()


def _assess(nlp, text: str, word: str) -> Factuality:  # type: ignore[no-untyped-def]
    return assess(next(t for t in nlp(text) if t.text == word))


def test_a_refusal_to_air_says_it_was_not_aired(nlp) -> None:  # type: ignore[no-untyped-def]
    fact = _assess(nlp, "They cited the channel's refusal to air the film Red Harbour.", "air")
    assert (fact.polarity, [cue.text for cue in fact.cues]) == ("negative", ["refusal"])


def test_a_failure_to_attend_says_she_did_not_attend(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _assess(nlp, "Mara Quill's failure to attend the gala angered fans.", "attend").polarity == "negative"


def test_a_failure_of_something_else_leaves_it_as_it_is(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the commercial failure of the album": the album was released, it sold badly
    assert _assess(nlp, "The commercial failure of the album Red Harbour surprised Mara Quill.", "surprised").polarity == (
        "positive")


def test_the_noun_of_a_failure_is_not_negated(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _assess(nlp, "Mara Quill blamed the failure of the tour on the promoter.", "tour").polarity == "positive"
