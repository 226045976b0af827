"""Presenters of ceremonies and other events: "the ceremony was hosted by X" is acting as host."""

from __future__ import annotations

from tests.facts_support import facts_of, people


def test_the_host_of_a_ceremony_acted_in_it_as_host() -> None:
    text = "The ceremony, which was hosted by Mara Quill, drew a record audience."
    fact = facts_of(text, people(text, "Mara Quill")).one("acted_in")
    assert (fact.arguments["object_text"], fact.arguments["role"]) == ("ceremony", "host")


def test_the_host_of_a_future_gala_is_cast_as_host() -> None:
    text = "The charity gala will be hosted by Ivo Sand."
    found = facts_of(text, people(text, "Ivo Sand"))
    assert found.named("cast_in") == [(["Ivo Sand"], "charity gala")]
    assert found.named("acted_in") == []


def test_a_conference_or_a_presenter_s_own_show_is_no_hosting_credit() -> None:
    text = "The conference was hosted by Ivo Sand. The lunchtime show is hosted by Mara Quill."
    found = facts_of(text, people(text, "Ivo Sand", "Mara Quill"))
    assert found.named("acted_in") == [] and found.named("cast_in") == []
