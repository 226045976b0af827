"""Not knowing asserts nothing: a question that a negated word of knowing takes ("had no idea where the
ferry went", "did not know whether they would appeal") is positive and possible, not a negative
statement nor a positive one of the speaker (``unknowing`` in factuality.yaml; fourth read sample of
news-dev, attr21). A that-clause after "no idea" keeps its own reading: what one had no idea of was so."""

from __future__ import annotations

import pytest

from tests.facts_support import factuality_of


def _reading(text: str, word: str) -> tuple[str, str]:
    fact = factuality_of(text, word)
    return fact.polarity, fact.certainty


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I have no idea where the ferry went.", "went"),
        ("Nobody knows who sent the letter to the council.", "sent"),
        ("Ana did not know whether the band would appeal.", "appeal"),
        ("The harbour master had no clue which boat sank first.", "sank"),
    ],
)
def test_a_question_nobody_knows_the_answer_to_is_only_possible(text: str, word: str) -> None:
    assert _reading(text, word) == ("positive", "possible")


def test_what_one_knows_of_stays_as_it_is() -> None:
    assert _reading("I know where the ferry went.", "went") == ("positive", "certain")


def test_a_learned_cue_of_not_knowing_leaves_its_question_open(attributions) -> None:  # type: ignore[no-untyped-def]
    found = [a for a in attributions("Ana Reyes does not know whether the festival will return next year.")]
    reading = next(a.factuality for a in found if a.cue is not None and "know" in a.cue.text)
    assert (reading.polarity, reading.certainty) == ("positive", "possible")
