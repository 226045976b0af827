"""Learned cues that name an act, not a report or a thought (``act_frames``)."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_appointing_someone_is_no_attribution(attributions) -> None:  # type: ignore[no-untyped-def]
    assert all_roles(attributions("The prime minister appointed Ruth Akande as his successor.")) == []


def test_a_passive_appointment_is_no_attribution(attributions) -> None:  # type: ignore[no-untyped-def]
    assert all_roles(attributions("He was appointed to fill a vacant seat on the council.")) == []


def test_agreeing_that_is_still_an_attribution(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("The two sides agreed that the deal was fair."))
    assert ("The two sides", "agreed", ["that the deal was fair"]) in found
