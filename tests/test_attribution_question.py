"""A question that the parser hung on a verb of asking as an adverbial clause is its content."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_an_if_clause_after_asked_is_its_content(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Asked if she believed the council wanted Tobias Renner to win, Mara Lindqvist said she would wait."
    found = all_roles([a for a in attributions(text) if a.parent is None])
    assert (None, "Asked", ["if she believed the council wanted Tobias Renner to win"]) in found
    assert all(cue != "believed" for _, cue, _ in found)
