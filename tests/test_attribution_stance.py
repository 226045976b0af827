"""A stance adjective after a copula is a cue: "[Ana] is confident [that the tour will go on]"."""

from __future__ import annotations

import pytest

from tests.attribution_support import all_roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mara Lindqvist is confident that the ferry will run again by May.",
            ("Mara Lindqvist", "is confident", ["that the ferry will run again by May"]),
        ),
        (
            "The island council was openly hostile to the new harbour tax.",
            ("The island council", "was openly hostile to", ["the new harbour tax"]),
        ),
    ],
)
def test_a_copula_and_a_stance_adjective(attributions, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in all_roles(attributions(text))


@pytest.mark.parametrize(
    "text",
    [
        "It is not clear that the ferry will run again by May.",  # no one holds it
        "Tobias Renner went back to make sure that the gate was locked.",  # no copula
        "The new timetable is open to question.",  # not a stance adjective of the lexicon
    ],
)
def test_no_stance_without_a_holder_or_a_copula(attributions, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all_roles(attributions(text)) == []


def test_a_stance_inside_a_speakers_source_stays_there(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Tobias Renner, who was openly hostile to the tax, said the vote was close."))
    assert ("Tobias Renner, who was openly hostile to the tax,", "said", ["the vote was close"]) in found
    assert not any(cue and "hostile" in cue for _, cue, _ in found)
