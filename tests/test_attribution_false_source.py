"""What a source the text calls false says is not vouched for: "false reports said ...", or "they" after
"false magazines" in the same sentence, leave the content possible, not certain."""

from __future__ import annotations

import pytest


def _certainty(attributions, text: str, cue: str) -> str:  # type: ignore[no-untyped-def]
    return next(a.factuality.certainty for a in attributions(text) if a.cue is not None and a.cue.text == cue)


@pytest.mark.parametrize(
    "text",
    [
        "Singer Ana Reyes attacked the false tabloids after they reported that she was ill.",
        "False reports said that the singer had quit the band.",
    ],
)
def test_a_source_called_false_is_not_certain(attributions, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _certainty(attributions, text, "reported" if "reported" in text else "said") == "possible"


def test_an_honest_source_stays_certain(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Singer Ana Reyes thanked the local papers after they reported that she was well."
    assert _certainty(attributions, text, "reported") == "certain"
