"""A bare "asked" opening a clause is a participle even where the tagger reads a past tense: the
one asked answers in the main clause, the asker is not named, so the question has no source."""

from __future__ import annotations

import pytest

from tests.attribution_support import all_roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asked what the award means to her, Mara Lindqvist says she feels honoured.",
            (None, "Asked", ["what the award means to her"]),
        ),
        (
            "Asked what a firm commitment looks like, Renner replied: “We are a long way off.”",
            (None, "Asked", ["what a firm commitment looks like"]),
        ),
    ],
)
def test_the_question_has_no_source(attributions, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert expected in all_roles(attributions(text))
