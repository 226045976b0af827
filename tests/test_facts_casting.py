"""cast_in: tipped for a role, lined up to star, a work which was to star someone, a revival that will
star someone, a role to be played by someone, and joining an edition of a show."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document
from dateline.nlp import load_pipeline
from dateline.pipeline import analyse
from tests.builders import entity
from tests.facts_support import facts_of, people


def test_tipped_for_the_role_is_a_possible_casting() -> None:
    text = "Ivo Sand, Mara Quill and Tomas Brandt have been tipped for the role."
    found = facts_of(text, people(text, "Ivo Sand", "Mara Quill", "Tomas Brandt"))
    assert sorted(found.named("cast_in")) == [(["Ivo Sand"], None), (["Mara Quill"], None), (["Tomas Brandt"], None)]
    assert {fact.certainty for fact in found.facts if fact.predicate == "cast_in"} == {"possible"}


def test_tipped_for_the_part_of_keeps_the_role() -> None:
    text = "Bookmakers have tipped Mara Quill for the part of the harbour master."
    fact = facts_of(text, people(text, "Mara Quill")).one("cast_in")
    assert (fact.participants, fact.arguments.get("role")) == (["P1"], "harbour master")


def test_tipped_for_a_prize_for_a_role_is_no_casting() -> None:
    text = "Critics tipped Mara Quill for a best actress prize for her role in the drama."
    assert facts_of(text, people(text, "Mara Quill")).named("cast_in") == []


def test_lined_up_to_star_with_star_read_as_a_noun_is_a_casting() -> None:
    text = "Mara Quill and Tomas Brandt are lined up to star in Red Harbour."
    entities = [*people(text, "Mara Quill", "Tomas Brandt"), entity(text, "W1", "Red Harbour", "WORK")]
    assert sorted(facts_of(text, entities).named("cast_in")) == [
        (["Mara Quill"], "Red Harbour"),
        (["Tomas Brandt"], "Red Harbour"),
    ]


def test_the_revival_will_star_x_is_a_casting() -> None:
    text = "The revival will also star Mara Quill as the harbour master."
    fact = facts_of(text, people(text, "Mara Quill")).one("cast_in")
    assert (fact.arguments.get("object_text"), fact.arguments.get("role")) == ("revival", "harbour master")


def test_a_participle_starring_x_needs_a_named_work() -> None:
    # the participle may hang from another noun than the work ("a remake of the old film, starring X")
    text = "A remake of the old film, starring Mara Quill, was announced."
    assert facts_of(text, people(text, "Mara Quill")).named("acted_in") == []


def test_a_team_that_stars_a_player_is_no_work() -> None:
    text = "The team stars Mara Quill this season."
    assert facts_of(text, people(text, "Mara Quill")).named("acted_in") == []


def test_a_work_which_was_to_star_someone_is_a_casting_whatever_the_parse() -> None:
    # the second sentence's parser reads "to star" as a modifier of the name
    for text in (
        "Shooting on the drama Red Harbour, which was to star Mara Quill and Tomas Brandt, was postponed.",
        "The thriller Red Harbour, which was to star Mara Quill, was cancelled.",
    ):
        entities = [*people(text, "Mara Quill", "Tomas Brandt"), entity(text, "W1", "Red Harbour", "WORK")]
        assert (["Mara Quill"], "Red Harbour") in facts_of(text, entities).named("cast_in"), text


def test_a_team_which_was_to_star_someone_is_no_casting() -> None:
    text = "The team Red Harbour, which was to star Mara Quill, was cancelled."
    entities = [*people(text, "Mara Quill"), entity(text, "O1", "Red Harbour", "ORG")]
    assert facts_of(text, entities).named("cast_in") == []


def test_with_x_and_y_lined_up_to_star_is_a_casting_of_both() -> None:
    text = "Lena Voss gets a second adaptation on Harbour TV with Mara Quill and Tomas Brandt lined up to star in Red Harbour."
    entities = [*people(text, "Lena Voss", "Mara Quill", "Tomas Brandt"), entity(text, "W1", "Red Harbour", "WORK")]
    assert sorted(facts_of(text, entities).named("cast_in")) == [
        (["Mara Quill"], "Red Harbour"),
        (["Tomas Brandt"], "Red Harbour"),
    ]


def test_lining_up_stars_is_no_casting() -> None:
    text = "Lena Voss has lined up stars such as Mara Quill for Red Harbour."
    entities = [*people(text, "Lena Voss", "Mara Quill"), entity(text, "W1", "Red Harbour", "WORK")]
    assert facts_of(text, entities).named("cast_in") == []


def test_a_role_to_be_played_by_someone_is_a_casting() -> None:
    text = "The role of the innkeeper will be played by newcomer Ilse Varga from March."
    entities = people(text, "Ilse Varga")
    assert facts_of(text, entities).named("cast_in") == [(["Ilse Varga"], None)]


def test_a_role_played_or_to_play_in_talks_is_no_casting() -> None:
    for text in (
        "The role was played by Ilse Varga in 1990.",  # over: acting, and the work is not named
        "Senator Ilse Varga will play a key role in the budget talks.",
    ):
        entities = people(text, "Ilse Varga")
        found = facts_of(text, entities)
        assert found.named("cast_in") == [] and found.named("acted_in") == [], text


def test_joining_an_edition_of_a_show_with_a_question_for_a_title_is_a_casting() -> None:
    # the title, parsed as a clause, is found by its context ("edition of") in the entities stage
    text = "Ilse Varga and Oren Falk will join a charity edition of Who Dares to be a Banker? on Christmas Day."
    analysis = analyse(Document.create(text, id="t", date=dt.date(2005, 1, 10)))
    names = {e.id: e.name for e in analysis.entities}
    cast = sorted((names[f.participants[0]], names.get(f.object or "")) for f in analysis.facts
                  if f.predicate == "cast_in")
    assert cast == [("Ilse Varga", "Who Dares to be a Banker"), ("Oren Falk", "Who Dares to be a Banker")]


def test_joining_an_edition_of_a_newspaper_is_no_casting() -> None:
    text = "Ilse Varga will join the Sunday edition of the Kestrel Herald as an editor."
    entities = [*people(text, "Ilse Varga"), entity(text, "O1", "Kestrel Herald", "ORG")]
    assert facts_of(text, entities).named("cast_in") == []


def test_a_channel_after_episode_of_stays_a_channel() -> None:
    doc = load_pipeline()("Ilse Varga had a cameo in the last episode of BBC panel show Lamp Lighters.")
    assert {ent.text: ent.label_ for ent in doc.ents}.get("BBC") == "ORG"
