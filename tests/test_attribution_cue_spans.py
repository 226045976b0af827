"""Cue boundaries drawn as PolNeAR draws them: adverbs, the verb a cue completes, prepositions, media."""

from __future__ import annotations

import pytest

from tests.attribution_support import roles


def _cue(attributions, text: str) -> str | None:  # type: ignore[no-untyped-def]
    (found,) = [a for a in attributions(text) if a.parent is None]
    return roles(found)[1]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Mara Lindqvist often says that the band works too hard.", "often says"),
        ("Mara Lindqvist very often says that the band works too hard.", "very often says"),
        ("Tobias Renner has repeatedly said that the tour is over.", "has repeatedly said"),
        ("Mara Lindqvist went on to say that the album was finished.", "went on to say"),
        ("Tobias Renner called on the label to release the album.", "called on"),
        ("Mara Lindqvist said in a statement that the tour was off.", "said in a statement"),
        ("Mara Lindqvist said in an interview that the tour was off.", "said"),
    ],
)
def test_the_cue_takes_in_the_words_polnear_counts_as_its_own(attributions, text: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    assert _cue(attributions, text) == cue


def test_a_wh_word_before_the_cue_stays_out_of_it(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Tobias Renner smiled when asked whether the band would return.")
    assert all(not (a.cue.text.lower().startswith("when")) for a in found if a.cue is not None)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Tobias Renner was quick to point out that the album was finished.", "was quick to point out"),
        ("Fans are supportive of the new album.", "are supportive of"),
    ],
)
def test_a_cue_takes_in_the_adjective_and_copula_around_it(attributions, text: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    assert _cue(attributions, text) == cue
