"""Tenth round of rules for develops and cast_in (issue 6): a phrase "of the same name", a title's work
named by a definite noun of its clause, the work a copula equates a relative clause's noun with, a
role to be played by someone, and a show's title after "edition of" (entities stage)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document, Entity, Mention
from dateline.nlp import load_pipeline
from dateline.pipeline import analyse
from tests.builders import entity
from tests.facts_support import facts_of, people


def _nominal(work: Entity, text: str, phrase: str) -> Entity:
    """``work`` also referred to by the definite noun ``phrase`` (as the entities stage ties it)."""
    start = text.index(phrase)
    work.mentions.append(Mention(start=start, end=start + len(phrase), text=phrase, kind="nominal"))
    return work


def test_a_clause_on_the_same_name_describes_the_noun_before_it() -> None:
    for text in (
        "Copper Valley is based on the novel of the same name written by reporter Ilse Varga.",
        "Copper Valley is based on the novel of the same name by reporter Ilse Varga.",
    ):
        entities = [*people(text, "Ilse Varga"), entity(text, "W1", "Copper Valley", "WORK")]
        assert facts_of(text, entities).named("develops") == [(["Ilse Varga"], "novel")], text


def test_a_plain_name_keeps_its_clause() -> None:
    # the clause describes the name, not the noun the "of" phrase hangs from
    text = "Copper Valley is based on the story of a name written by reporter Ilse Varga on a wall."
    entities = [*people(text, "Ilse Varga"), entity(text, "W1", "Copper Valley", "WORK")]
    assert facts_of(text, entities).named("develops") == []


def test_a_director_with_no_work_of_his_own_takes_the_film_of_his_clause() -> None:
    text = "Glass Orchard opens in May. Director Oren Falk said the film's premiere would go ahead."
    work = _nominal(entity(text, "W1", "Glass Orchard", "WORK"), text, "the film")
    entities = [*people(text, "Oren Falk"), work]
    assert facts_of(text, entities).named("develops") == [(["Oren Falk"], "Glass Orchard")]


def test_a_director_takes_no_noun_that_stands_for_no_work() -> None:
    text = "Glass Orchard opens in May. Director Oren Falk said the weather had delayed the shoot."
    entities = [*people(text, "Oren Falk"), entity(text, "W1", "Glass Orchard", "WORK")]
    assert facts_of(text, entities).named("develops") == []


def test_one_of_the_songs_someone_wrote_is_what_the_copula_names() -> None:
    text = "One of the first songs Ilse Varga wrote was Copper Valley, which sold well."
    entities = [*people(text, "Ilse Varga"), entity(text, "W1", "Copper Valley", "WORK")]
    assert facts_of(text, entities).named("develops") == [(["Ilse Varga"], "Copper Valley")]


def test_a_song_someone_wrote_that_is_no_title_names_no_work() -> None:
    text = "One of the songs Ilse Varga wrote was a lament for her brother."
    entities = people(text, "Ilse Varga")
    assert facts_of(text, entities).named("develops") == []


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


@pytest.mark.slow
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


@pytest.mark.slow
def test_a_channel_after_episode_of_stays_a_channel() -> None:
    doc = load_pipeline()("Ilse Varga had a cameo in the last episode of BBC panel show Lamp Lighters.")
    assert {ent.text: ent.label_ for ent in doc.ents}.get("BBC") == "ORG"
