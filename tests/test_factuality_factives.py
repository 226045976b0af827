"""A factive word's that-clause is so whether or not the word is negated: "not knowing that the stall
belonged to him" (it did), "never realised that the house was sold" (it was). The negation is the
knower's (``factives`` in factuality.yaml; fifth read sample of news-dev, attr22). A question stays
open ("did not know whether", ``unknowing``), and a word of saying keeps its negation."""

from __future__ import annotations

import pytest

from tests.facts_support import factuality_of


def _reading(text: str, word: str) -> tuple[str, str]:
    fact = factuality_of(text, word)
    return fact.polarity, fact.certainty


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Some visitors walked past, not knowing that the stall belonged to Tobias Wren.", "belonged"),
        ("Ana Reyes did not know that the band had split.", "split"),
        ("The buyer never realised that the house was haunted.", "haunted"),
    ],
)
def test_a_negated_factive_leaves_its_that_clause_so(text: str, word: str) -> None:
    assert _reading(text, word) == ("positive", "certain")


def test_a_negated_word_of_saying_still_negates() -> None:
    assert _reading("Ana Reyes did not say that the band had split.", "split")[0] == "negative"


def test_a_learned_cue_of_not_knowing_leaves_its_that_clause_so(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Some fans wandered in just to browse, not knowing that the stall belonged to Tobias Wren.")
    reading = next(a.factuality for a in found if a.cue is not None and "know" in a.cue.text)
    assert (reading.polarity, reading.certainty) == ("positive", "certain")
