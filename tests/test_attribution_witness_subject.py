"""A work, an occasion or a time that "saw" something happen is no source, and its "saw" no cue: "[the gala]
also saw the induction of ...", "[His first novel] saw the introduction of ..." (``witness_verbs``,
``witness_subjects`` in attribution.yaml; fourth read sample of news-dev, attr21). A person's view
stays: "would like to see"."""

from __future__ import annotations

import pytest

from tests.attribution_support import all_roles


@pytest.mark.parametrize(
    "text",
    [
        "The gala also saw the induction of the Lisbon Quartet, Ana Reyes and Tobias Renner.",
        "His first novel saw the introduction of a detective pitted against a smuggler in a game of cards.",
    ],
)
def test_what_a_work_or_an_occasion_saw_is_no_attribution(attributions, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [roles for roles in all_roles(attributions(text)) if roles[1] is not None and "saw" in roles[1]] == []


def test_a_person_who_would_like_to_see_keeps_the_wish(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Ana Reyes would like to see the ferry run again."))
    assert ("Ana Reyes", "would like", ["to see the ferry run again"]) in found
