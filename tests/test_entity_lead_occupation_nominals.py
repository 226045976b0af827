"""An occupation no one was described by ("the singer") goes to the article's subject when they are the
only person in its sentence and the one before, and to no passer-by ("Mr Lee ... the rapper")."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _nominals(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its nominal mentions."""
    return mentions_by_entity(text, "nominal")


def test_the_singer_is_the_rock_star_the_article_is_about() -> None:
    text = "Rock star Dario Fenwick has been praised by police for tackling a burglar.\n\nThe singer chased the man."
    assert _nominals(text)["Dario Fenwick"] == ["The singer"]


def test_the_rapper_is_not_a_passer_by() -> None:
    text = (
        "A jailed rapper made an album behind bars, a sheriff says.\n\nSheriff Harold Tamm said he did not know"
        " the rapper had filmed a video."
    )
    assert _nominals(text).get("Harold Tamm", []) == []


def test_the_director_in_a_quotation_is_not_the_article_subject() -> None:
    text = (
        "Composer Bill Anselm has led the orchestra at the ceremony for years.\n\n\"When the director says stop,"
        ' we stop," Anselm says.'
    )
    assert _nominals(text).get("Bill Anselm", []) == []


def test_the_pop_star_is_the_article_subject() -> None:
    text = "Singer Lana Briel has sued eight insurance firms over a cancelled tour.\n\nThe pop star cancelled the tour in March."
    assert _nominals(text)["Lana Briel"] == ["The pop star"]


def test_the_heavy_metal_star_is_not_another_person_named_just_before() -> None:
    text = (
        "Rock star Ned Vosper has tackled a burglar at his home.\n\nClara Vosper, who called the police,"
        " said her rings were taken.\n\nThe heavy metal star said he could have been hurt."
    )
    assert _nominals(text).get("Clara Vosper", []) == []


def test_the_place_s_senator_is_the_senator_the_article_is_about() -> None:
    text = "Senator Dan Rourke has said he will run for a third term.\n\nThe Ohio senator said he would decide in May."
    assert _nominals(text)["Dan Rourke"] == ["senator"]


def test_the_us_star_is_the_singer_the_article_is_about() -> None:
    text = "Singer Ann Vellacott has topped the charts on both sides of the Atlantic.\n\nThe US star will tour in May."
    assert _nominals(text)["Ann Vellacott"] == ["star"]


def test_the_actor_as_subject_is_the_article_subject_among_people_named_in_passing() -> None:
    text = (
        "Film star Marco Bellandi is said to have turned down his most famous role.\n\nThe actor's friend Lou"
        " Petrakis told a magazine that Bellandi's agent suggested he read the novel. The actor refused."
    )
    assert _nominals(text)["Marco Bellandi"] == ["The actor", "The actor"]


def test_an_owner_deep_in_the_clause_is_not_given_to_the_article_subject() -> None:
    text = (
        "Producer Lou Petrakis has sold his company, he said.\n\nPetrakis said the deal with Dana Orr gives"
        " Orr control of money from the late star's films."
    )
    assert _nominals(text).get("Lou Petrakis", []) == []


def test_the_place_s_athlete_is_the_sprinter_just_introduced() -> None:
    text = (
        "Hurdler Tom Aske has pulled out of the meeting in Oslo.\n\nSprinter Tom Lewin will not run in Oslo either."
        " The London athlete, who ran a season's best last week, prefers to rest."
    )
    assert _nominals(text)["Tom Lewin"] == ["athlete"]


def test_the_place_s_athlete_is_not_someone_named_bare_just_before() -> None:
    text = (
        "Hurdler Tom Aske has pulled out of the meeting in Oslo.\n\nTom Lewin will not run in Oslo either."
        " The London athlete, who ran a season's best last week, prefers to rest."
    )
    assert _nominals(text).get("Tom Lewin", []) == []
