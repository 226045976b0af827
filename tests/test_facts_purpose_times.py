"""A time the parser hangs on an infinitive of purpose is the event's ("toured Spain to promote her
record in 2003": the tour was in 2003; timing._purposes)."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def test_a_time_on_an_infinitive_of_purpose_is_the_event_time() -> None:
    text = "Ivo Rook flew to Lisbon to open a gallery on 12 May 2003."
    found = facts_of(text, [*people(text, "Ivo Rook"), entity(text, "G1", "Lisbon", "GPE")])
    assert found.one("travel").time == "2003-05-12"


def test_a_purpose_clause_with_a_subject_of_its_own_keeps_its_time() -> None:
    text = "Ivo Rook flew to Lisbon so that her fans could open a gallery on 12 May 2003."
    found = facts_of(text, [*people(text, "Ivo Rook"), entity(text, "G1", "Lisbon", "GPE")])
    assert found.one("travel").time is None
