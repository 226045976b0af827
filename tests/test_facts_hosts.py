"""acted_in with the role of host: hosts of a show, "one half of" a show, presenters of ceremonies ("the
ceremony was hosted by X"); hosts of a channel or of stars are no acting."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def test_one_of_the_hosts_of_a_show_acts_in_it_as_host() -> None:
    text = "Mara Quill is one of the hosts of The Night Harbour, a weekend show."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "The Night Harbour", "WORK")]
    fact = facts_of(text, entities).one("acted_in")
    assert (fact.participants, fact.object, fact.arguments.get("role")) == (["P1"], "W1", "host")


def test_a_host_of_stars_is_a_crowd_not_a_presenter() -> None:
    text = "A host of stars, including Mara Quill, attended The Night Harbour."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "The Night Harbour", "WORK")]
    assert facts_of(text, entities).named("acted_in") == []


def test_the_host_of_a_channel_is_no_actor() -> None:
    text = "Mara Quill, host of Harbour Radio's chart show, said the band was good."
    entities = [*people(text, "Mara Quill"), entity(text, "O1", "Harbour Radio", "ORG")]
    assert facts_of(text, entities).named("acted_in") == []


def test_one_half_of_a_show_presents_it() -> None:
    text = "Tomas Brandt has been one half of the weekly show Harbour Lights in Wales."
    entities = [*people(text, "Tomas Brandt"), entity(text, "W1", "Harbour Lights", "WORK")]
    assert facts_of(text, entities).named("acted_in") == [(["Tomas Brandt"], "Harbour Lights")]


def test_one_half_of_a_duo_is_no_acting() -> None:
    text = "Tomas Brandt rose to fame as one half of pop duo Velvet Gulls."
    entities = [*people(text, "Tomas Brandt"), entity(text, "O1", "Velvet Gulls", "ORG")]
    assert facts_of(text, entities).named("acted_in") == []


def test_the_host_of_a_title_no_entity_stands_for_keeps_the_title() -> None:
    text = "Mara Quill is the host of Night Owls on Harbour Radio."
    entities = [*people(text, "Mara Quill"), entity(text, "O1", "Harbour Radio", "ORG")]
    assert facts_of(text, entities).named("acted_in") == [(["Mara Quill"], "Night Owls")]


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


def test_hosting_parties_or_dinners_is_no_presenters_role() -> None:
    for text in ("Mara Quill is hosting parties -- THE MORNING BRIEFING.", "Mara Quill hosted a dinner, The Harvest Table, for her friends."):
        found = facts_of(text, people(text, "Mara Quill"))
        assert found.named("acted_in") == [], text
