"""A presenter of an event still to come is cast (cast_in), also when "hosted by" is a participle whose
clause says the event is to come: "Hosted by X, the gala will be broadcast", "The gala, hosted by X, will
take place in May"."""

from __future__ import annotations

from tests.facts_support import facts_of, people


def test_a_participle_before_a_future_clause_is_a_casting() -> None:
    text = "Hosted by Ivo Sand, the charity gala will be shown on Kestrel One."
    assert facts_of(text, people(text, "Ivo Sand")).one("cast_in").arguments.get("role") == "host"


def test_a_participle_on_the_subject_of_a_future_clause_is_a_casting() -> None:
    text = "The winter gala, hosted by Ivo Sand and Mara Quill, will take place in Harrowgate in May."
    found = facts_of(text, people(text, "Ivo Sand", "Mara Quill"))
    assert sorted(names for names, _ in found.named("cast_in")) == [["Ivo Sand"], ["Mara Quill"]]
    assert found.named("acted_in") == []


def test_a_past_gala_hosted_by_someone_is_acting() -> None:
    text = "The winter gala, hosted by Ivo Sand, was shown on Kestrel One."
    found = facts_of(text, people(text, "Ivo Sand"))
    assert found.named("acted_in") == [(["Ivo Sand"], "winter gala")]
    assert found.named("cast_in") == []
