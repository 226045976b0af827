"""A clause negated with the past modal of ability did not happen: "could not comment" is negative and
certain, not merely possible (``negated_ability`` in factuality.yaml; third read sample of news-dev, attr20)."""

from __future__ import annotations

import pytest


def _reading(nlp, text: str, word: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    from dateline.stages.factuality import assess

    doc = nlp(text)
    fact = assess(next(token for token in doc if token.text == word))
    return fact.polarity, fact.certainty


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ferry company said it could not comment on the delay.", "comment"),
        ("Ana couldn't find the keys to the harbour office.", "find"),
        ("Inspectors could find no trace of the missing crates.", "find"),
    ],
)
def test_what_one_could_not_do_did_not_happen(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert _reading(nlp, text, word) == ("negative", "certain")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ana could win the award.", "win"),
        ("The timing could not have been better for the band.", "been"),
        ("The tour could not come at a worse time.", "come"),
        ("We can't just ignore the harbour.", "ignore"),
    ],
)
def test_doubt_stays_where_no_inability_is_reported(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert _reading(nlp, text, word)[1] == "possible"


def test_what_an_inability_governs_keeps_its_doubt(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officials could not estimate the size of the charge until they finish the audit."
    assert _reading(nlp, text, "charge")[1] != "certain"
