"""A director of an organisation works for it; a director of a film the NER typed as an organisation made it."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def test_the_director_of_an_institute_works_for_it_and_did_not_make_it() -> None:
    text = "Mara Quill, director of the Kestrel Institute, said the archive would open."
    found = facts_of(text, [*people(text, "Mara Quill"), entity(text, "O1", "the Kestrel Institute", "ORG")])
    assert found.named("works_for") == [(["Mara Quill"], "the Kestrel Institute")]
    assert found.named("develops") == []


def test_an_agency_named_by_an_acronym_is_an_organisation() -> None:
    text = "Mara Quill, the director of KBX, resigned on Friday."
    found = facts_of(text, [*people(text, "Mara Quill"), entity(text, "O1", "KBX", "ORG")])
    assert found.named("works_for") == [(["Mara Quill"], "KBX")]
    assert found.named("develops") == []


def test_a_film_typed_as_an_organisation_keeps_its_director() -> None:
    text = "Grey Harbour director Mara Quill said the shoot had ended."
    found = facts_of(text, [*people(text, "Mara Quill"), entity(text, "O1", "Grey Harbour", "ORG")])
    assert found.named("develops") == [(["Mara Quill"], "Grey Harbour")]
