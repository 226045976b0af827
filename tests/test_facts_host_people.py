"""A host who presents a show is a person: a school or a firm that "hosted" a guest or an event is no host."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def test_a_school_that_hosted_a_guest_is_no_presenter() -> None:
    text = "The Kelp Institute, which hosted Ivo Sand last spring, has closed."
    entities = [*people(text, "Ivo Sand"), entity(text, "O1", "The Kelp Institute", "ORG")]
    assert facts_of(text, entities).named("acted_in") == []


def test_a_person_who_hosted_a_show_presents_it() -> None:
    text = "Mara Quill hosted Harbour Lights for six years."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "Harbour Lights", "WORK")]
    fact = facts_of(text, entities).one("acted_in")
    assert (fact.participants, fact.object, fact.arguments.get("role")) == (["P1"], "W1", "host")
