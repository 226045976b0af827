"""A learned cue's content after a preposition that says something of the verb's object right before
it starts at that object ("sued [the board for unpaid wages]", "hit out at [the council for ...]"),
as an object content runs on through such a preposition (``from_object``; third read sample of
news-dev, attr20)."""

from __future__ import annotations


def _contents(found, cue: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [piece.text for a in found if a.cue is not None and a.cue.text == cue for piece in a.content]


def test_the_object_before_for_starts_the_content_of_a_frame_cue(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Tobias Renner sued the harbour board for unpaid wages.")
    assert _contents(found, "sued") == ["the harbour board for unpaid wages"]


def test_the_object_of_at_before_for_starts_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Ana Reyes has hit out at the council for delaying the new ferry.")
    assert _contents(found, "has hit out") == ["the council for delaying the new ferry"]
