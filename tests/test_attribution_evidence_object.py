"""A poll, study or report that shows or finds something: its noun-phrase object is the content."""

from __future__ import annotations

import pytest

from tests.attribution_support import all_roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A new survey by the institute found Mara Lindqvist ahead by six points among women.",
            ("A new survey by the institute", "found", ["Mara Lindqvist ahead by six points among women"]),
        ),
        (
            "The latest poll shows Tobias Renner with a narrow lead over his rival.",
            ("The latest poll", "shows", ["Tobias Renner with a narrow lead over his rival"]),
        ),
    ],
)
def test_an_evidence_subject_says_its_object(attributions, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in all_roles(attributions(text))


@pytest.mark.parametrize(
    "text",
    ["Tobias Renner found the keys in the car.", "The band found a new drummer in Oslo."],
)
def test_another_subject_does_not(attributions, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all_roles(attributions(text)) == []
