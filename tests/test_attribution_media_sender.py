"""A participle cue on a document someone put out has the sender as source and the sending verb in
its cue: "[The label] issued a statement saying ..." (PolNeAR's sentient source)."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_the_sender_of_a_press_release_is_the_source(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("The Renner campaign sent out a press release saying that the rally was cancelled."))
    assert ("The Renner campaign", "sent out a press release saying", ["that the rally was cancelled"]) in found


def test_a_participle_on_another_object_keeps_its_own_source(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("The police received calls saying that the stage had collapsed."))
    assert all(cue is None or not cue.startswith("received") for _, cue, _ in found)
