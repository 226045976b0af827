"""A clause negated with the past modal of ability did not happen: "could not comment" is negative and
certain, not merely possible (``negated_ability`` in factuality.yaml; third read sample of news-dev, attr20)."""

from __future__ import annotations

import pytest

from tests.facts_support import factuality_of


def _reading(text: str, word: str) -> tuple[str, str]:
    fact = factuality_of(text, word)
    return fact.polarity, fact.certainty


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ferry company said it could not comment on the delay.", "comment"),
        ("Ana couldn't find the keys to the harbour office.", "find"),
        ("Inspectors could find no trace of the missing crates.", "find"),
    ],
)
def test_what_one_could_not_do_did_not_happen(text: str, word: str) -> None:
    assert _reading(text, word) == ("negative", "certain")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ana could win the award.", "win"),
        ("The timing could not have been better for the band.", "been"),
        ("The tour could not come at a worse time.", "come"),
        ("We can't just ignore the harbour.", "ignore"),
    ],
)
def test_doubt_stays_where_no_inability_is_reported(text: str, word: str) -> None:
    assert _reading(text, word)[1] == "possible"


def test_what_an_inability_governs_keeps_its_doubt() -> None:
    text = "Officials could not estimate the size of the charge until they finish the audit."
    assert _reading(text, "charge")[1] != "certain"
