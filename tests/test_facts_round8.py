"""Eighth round of triggers (issue 6): tipped for a role, performances an event features."""

from __future__ import annotations

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


def test_performances_an_event_features_are_performances_at_it() -> None:
    text = "The Harbour Awards will feature performances by Mara Quill and Tomas Brandt."
    entities = [*people(text, "Mara Quill", "Tomas Brandt"), entity(text, "V1", "The Harbour Awards", "EVENT")]
    assert sorted(facts_of(text, entities).named("performed")) == [
        (["Mara Quill"], "The Harbour Awards"),
        (["Tomas Brandt"], "The Harbour Awards"),
    ]


def test_performances_from_at_an_unnamed_ceremony() -> None:
    text = "The ceremony featured performances from Mara Quill."
    assert facts_of(text, people(text, "Mara Quill")).named("performed") == [(["Mara Quill"], "ceremony")]


def test_a_performer_alone_is_no_event() -> None:
    text = "Mara Quill gave a performance that Tomas Brandt praised."
    assert facts_of(text, people(text, "Mara Quill", "Tomas Brandt")).named("performed") == []


def test_lined_up_to_star_with_star_read_as_a_noun_is_a_casting() -> None:
    text = "Mara Quill and Tomas Brandt are lined up to star in Red Harbour."
    entities = [*people(text, "Mara Quill", "Tomas Brandt"), entity(text, "W1", "Red Harbour", "WORK")]
    assert sorted(facts_of(text, entities).named("cast_in")) == [
        (["Mara Quill"], "Red Harbour"),
        (["Tomas Brandt"], "Red Harbour"),
    ]


def test_the_film_which_stars_x_keeps_the_work_noun() -> None:
    text = "The picture, which stars Mara Quill and Tomas Brandt, opens in May."
    assert sorted(facts_of(text, people(text, "Mara Quill", "Tomas Brandt")).named("acted_in")) == [
        (["Mara Quill"], "picture"),
        (["Tomas Brandt"], "picture"),
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


def test_the_film_directed_by_x_keeps_the_work_noun() -> None:
    text = "The film, directed by Mara Quill, opens in May."
    assert facts_of(text, people(text, "Mara Quill")).named("develops") == [(["Mara Quill"], "film")]


def test_written_by_x_with_y_as_producer_makes_y_no_writer() -> None:
    text = "The song was written by Mara Quill, with Tomas Brandt as producer."
    found = facts_of(text, people(text, "Mara Quill", "Tomas Brandt"))
    assert found.named("develops") == [(["Mara Quill"], "song")]
    assert found.named("collaboration") == []


def test_a_letter_written_by_x_is_no_work() -> None:
    text = "The letter, written by Mara Quill, was read out in court."
    assert facts_of(text, people(text, "Mara Quill")).named("develops") == []


def test_a_named_film_directed_by_x_gives_one_fact_with_the_work() -> None:
    text = "The thriller Red Harbour, directed by Mara Quill, opens in May."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "Red Harbour", "WORK")]
    assert facts_of(text, entities).named("develops") == [(["Mara Quill"], "Red Harbour")]


def test_the_songs_he_wrote_are_no_one_work() -> None:
    text = "Mara Quill said the songs she wrote were her best."
    assert facts_of(text, people(text, "Mara Quill")).named("develops") == []
