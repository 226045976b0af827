"""A role filled by a reflexive pronoun is each doer's own: "X and Y play versions of themselves" is X as X and
Y as Y, not both as whichever name the pronoun was tied to first."""

from __future__ import annotations

import pytest

from tests.builders import entity
from tests.facts_support import facts_of, group, people

pytestmark = pytest.mark.slow


def test_each_plays_himself() -> None:
    text = "He said Ivo Sand and Mara Quill would be playing twisted versions of themselves in Grey Harbour."
    sand, quill = people(text, "Ivo Sand", "Mara Quill")
    group(text, "themselves", sand, quill)
    found = facts_of(text, [sand, quill, entity(text, "W1", "Grey Harbour", "WORK")])
    roles = sorted((found.names[f.participants[0]], f.arguments.get("role")) for f in found.facts if f.predicate == "cast_in")
    assert roles == [("Ivo Sand", "Ivo Sand"), ("Mara Quill", "Mara Quill")]
