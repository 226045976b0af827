"""An object content takes in what the cue verb says of the object right after it, also when the
object is linked to the verb by a preposition ("referred to [Ana as a friend]")."""

from __future__ import annotations

import pytest

from tests.attribution_support import roles


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mara Lindqvist praised Tobias Renner for his work on the album.", "Tobias Renner for his work on the album"),
        ("Mara Lindqvist described Tobias Renner as a loyal friend.", "Tobias Renner as a loyal friend"),
        ('Mara Lindqvist described her rivals as "my friends" on Sunday.', 'her rivals as "my friends"'),
        (
            "Mara Lindqvist pointed to the new album as proof that the band had grown.",
            "the new album as proof that the band had grown",
        ),
    ],
)
def test_an_object_content_runs_on_through_its_complement(attributions, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    found = [roles(a) for a in attributions(text) if a.parent is None]
    assert [c for _, _, c in found] == [[content]]


def test_a_time_after_the_object_stays_out(attributions) -> None:  # type: ignore[no-untyped-def]
    found = [roles(a) for a in attributions("Mara Lindqvist praised Tobias Renner during the show.") if a.parent is None]
    assert [c for _, _, c in found] == [["Tobias Renner"]]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ana Reyes thanked Tobias Wren, whom she described as her first teacher, and left.", ["whom", "as her first teacher"]),
        ('The judge criticised the clip, which he called "distasteful," and moved on.', ["which", '"distasteful,"']),
    ],
)
def test_a_relative_pronoun_object_and_what_it_is_called(attributions, text: str, content: list[str]) -> None:  # type: ignore[no-untyped-def]
    # PolNeAR's two pieces: the pronoun before the cue and the complement after it.
    found = [a for a in attributions(text) if a.cue is not None and a.cue.text in ("described", "called")]
    assert [span.text for span in found[0].content] == content


def test_a_colon_inside_a_title_does_not_end_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    # The parser hangs "The Edge of Reason" on "Jones": a subtitle, not a new sentence after the colon.
    text = "The council said the drop was due to 2003 being a good year, when Bridget Jones: The Edge of Reason, Wimbledon and Thunderbirds were all filmed in the UK."
    said = next(a for a in attributions(text) if a.cue is not None and a.cue.text == "said")
    assert said.content[0].text.endswith("were all filmed in the UK")
