"""A prepositional phrase that only says how a cue verb treats its object ("by name") does not stand
for the content: the content runs from the object ("did not mention [Ana Reyes by name]")."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_mention_by_name_takes_the_object_as_content(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("In her speech, Mara Lindqvist did not mention Tobias Renner by name."))
    assert ("Mara Lindqvist", "did not mention", ["Tobias Renner by name"]) in found
