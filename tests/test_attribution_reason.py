"""A reason the parser hung on the cue verb right after a that-clause content belongs to the content
("alleges [the label knew of it because ...]")."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_a_reason_after_the_content_belongs_to_it(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Tobias Renner alleges the label knew of the song because it had banned it online."))
    assert found == [("Tobias Renner", "alleges", ["the label knew of the song because it had banned it online"])]
