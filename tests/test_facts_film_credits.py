"""A maker's credit: "won a producer's credit on W", "earned a writing credit" is developing the work."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def test_a_producer_s_credit_on_a_work_is_developing_it() -> None:
    text = "Mara Quill fought the studio for years and finally won a producer's credit on Grey Meadow."
    found = facts_of(text, [*people(text, "Mara Quill"), entity(text, "W1", "Grey Meadow", "WORK")])
    assert found.named("develops") == [(["Mara Quill"], "Grey Meadow")]


def test_a_writing_credit_without_a_named_work_is_still_a_making_credit() -> None:
    text = "Ivo Sand earned a writing credit for the sequel."
    assert facts_of(text, people(text, "Ivo Sand")).named("develops") == [(["Ivo Sand"], None)]


def test_taking_credit_for_a_success_is_no_making_credit() -> None:
    text = "Bo Rane took credit for the success of the band."
    assert facts_of(text, people(text, "Bo Rane")).named("develops") == []


def test_a_network_named_in_front_of_its_noun_made_the_spin_off() -> None:
    text = "Made by the Kestrel TV network, the latest spin-off from the hit series ends in May."
    kestrel = entity(text, "O1", "Kestrel TV", "ORG")
    assert facts_of(text, [kestrel]).named("develops") == [(["Kestrel TV"], "latest spin-off")]
