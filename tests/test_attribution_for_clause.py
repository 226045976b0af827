"""A "for" clause that the parser hung on "call for" as an adverbial clause is its content."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_a_marked_for_clause_is_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Mara Lindqvist has called for the council to rebuild the old bridge."))
    assert ("Mara Lindqvist", "has called for", ["the council to rebuild the old bridge"]) in found
