"""Where people go, are born, live and move to, with the times the parse attaches."""

from __future__ import annotations

import datetime as dt

from tests.builders import entity
from tests.facts_support import facts_of, group, people


def _places(text: str) -> list:  # type: ignore[type-arg]
    return [entity(text, "G1", "Lisbon", "GPE"), entity(text, "G2", "Porto", "GPE")]


def test_a_pair_arriving_travels_together_with_date_and_origin() -> None:
    text = ("Mara Quill and Tomas Brandt were spotted arriving in Lisbon on Sunday, "
            "fresh from a trip to Porto.")
    entities = [*people(text, "Mara Quill", "Tomas Brandt"), *_places(text)]
    travel = facts_of(text, entities, date=dt.date(2026, 3, 18)).one("travel")
    assert sorted(travel.participants) == ["P1", "P2"]
    assert (travel.place, travel.object, travel.time) == ("G1", None, "2026-03-15")
    assert travel.arguments["origin"] == "Porto"


def test_a_group_mention_gives_every_member() -> None:
    text = "Mara Quill and Tomas Brandt left Porto. The duo touched down in Lisbon."
    mara, tomas = people(text, "Mara Quill", "Tomas Brandt")
    group(text, "The duo", mara, tomas)
    travel = facts_of(text, [mara, tomas, *_places(text)]).one("travel")
    assert sorted(travel.participants) == ["P1", "P2"] and travel.place == "G1"


def test_born_lived_and_moved() -> None:
    text = "Ivo Sand was born in Porto in 1971, spent years living in Lisbon and moved to Madrid in 1999."
    found = facts_of(text, [*people(text, "Ivo Sand"), *_places(text), entity(text, "G3", "Madrid", "GPE")])
    born = found.one("born_in")
    assert (born.object, born.time) == ("G2", "1971")
    assert found.named("lived_in") == [(["Ivo Sand"], "Lisbon")]
    moved = found.one("moved_to")
    assert (moved.object, moved.time) == ("G3", "1999")


def test_a_clause_before_a_dated_event_takes_its_time_approximately() -> None:
    text = "Ivo Sand left the band in 2013, shortly before he made the leap to Lisbon."
    ivo = people(text, "Ivo Sand")[0]
    ivo.mentions.extend(entity(text, "X", "he").mentions)
    moved = facts_of(text, [ivo, *_places(text)]).one("moved_to")
    assert (moved.time, moved.arguments.get("time_mod")) == ("2013", "APPROX")


def test_a_relative_date_needs_the_document_date() -> None:
    text = "Mara Quill arrived in Lisbon on Sunday."
    undated = facts_of(text, [*people(text, "Mara Quill"), *_places(text)]).one("travel")
    assert undated.time is None


def test_a_nationality_born_gives_the_country() -> None:
    text = "His British-born wife, Lena Park, sang at the gala."
    fact = facts_of(text, people(text, "Lena Park")).one("born_in")
    assert (fact.participants, fact.object, fact.arguments["object_text"]) == (["P1"], None, "United Kingdom")


def test_a_citizenship_needs_a_nationality() -> None:
    dual = "Ivo Sand holds dual citizenship."
    assert facts_of(dual, people(dual, "Ivo Sand")).named("citizen_of") == []
    british = "Ivo Sand holds a British passport."
    found = facts_of(british, people(british, "Ivo Sand"))
    assert found.named("citizen_of") == [(["Ivo Sand"], "United Kingdom")]


def test_a_country_abbreviation_before_a_title_is_a_nationality_and_a_city_is_not() -> None:
    text = "US rapper Ivo Sand sang. London lawyer Mara Quill spoke. The UK drama Velvet ran."
    found = facts_of(text, people(text, "Ivo Sand", "Mara Quill"))
    assert found.named("citizen_of") == [(["Ivo Sand"], "United States")]
