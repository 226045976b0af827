"""A word that stands for the whole content after a cue verb: "said so", "said no", "said the same of"."""

from __future__ import annotations

import pytest

from tests.attribution_support import all_roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Six in ten fans say the album is her best, and 55 percent said so in May.",
            ("55 percent", "said", ["so"]),
        ),
        ("Asked if he would tour again, Tobias Renner said no.", ("Tobias Renner", "said", ["no"])),
        ("Last month, 26 percent said the same.", ("26 percent", "said", ["the same"])),
        ("Tobias Renner apparently thinks so, too.", ("Tobias Renner", "apparently thinks", ["so"])),
    ],
)
def test_a_proform_is_the_content(attributions, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in all_roles(attributions(text))


def test_saying_no_to_something_is_no_proform(attributions) -> None:  # type: ignore[no-untyped-def]
    assert all_roles(attributions("The band said no to the offer.")) == []


def test_a_proform_in_a_quotation_leaves_the_whole_quotation(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions('Asked about the tour, Tobias Renner replied, "Maybe so. We will see."'))
    assert ("Tobias Renner", "replied", ['"Maybe so. We will see."']) in found
