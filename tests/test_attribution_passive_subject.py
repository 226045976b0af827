"""A cue hung on a passive verb speaks for the passive's subject: a bare "-ing" participle when the
passive has no agent, a finite verb coordinated with a passive main clause also when it has one."""

from __future__ import annotations

import pytest

from tests.attribution_support import all_roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council was criticised in the report, arguing that it had no money left.",
            ("The council", "arguing", ["that it had no money left"]),
        ),
        (
            "The bank was fined by regulators last year but has agreed to pay compensation to its clients.",
            ("The bank", "has agreed", ["to pay compensation to its clients"]),
        ),
        (
            "The label is known across Europe and describes itself as a home for young artists.",
            ("The label", "describes", ["itself as a home for young artists"]),
        ),
    ],
)
def test_the_passive_subject_speaks(attributions, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert expected in all_roles(attributions(text))


def test_a_participle_after_an_agent_keeps_the_agent(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Marta Ruiz was sued by her neighbour, claiming she had damaged the fence."))
    assert ("her neighbour", "claiming", ["she had damaged the fence"]) in found


def test_a_participle_after_when_has_no_speaker(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Proxies are allowed in most votes, but they are banned when voting to fill a vacancy on the board."
    assert attributions(text) == []
