"""Definite descriptions of an organisation ("the company", "the club") go to the one organisation of
the window whose kind the text shows, and to none when another may be meant."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _nominals(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its nominal mentions."""
    return mentions_by_entity(text, "nominal")


def test_the_company_is_the_one_described_as_a_company() -> None:
    text = (
        "Brightwater Holdings, a California-based company, pleaded guilty to fraud on Monday. The company says it"
        " no longer tolerates such practices."
    )
    assert _nominals(text)["Brightwater Holdings"] == ["The company"]


def test_the_club_is_the_team_whose_manager_was_named() -> None:
    text = "Tom Bellamy will be unveiled as the new Norwich manager on Friday. The club have confirmed the appointment."
    assert _nominals(text)["Norwich"] == ["The club"]


def test_two_organisations_of_the_kind_leave_the_company_alone() -> None:
    text = "Record label Velvo Records and film studio Marlow Pictures said sales fell in 2004. The company said it would cut jobs."
    found = _nominals(text)
    assert (found["Velvo Records"], found["Marlow Pictures"]) == ([], [])


def test_an_organisation_of_unknown_kind_named_later_may_be_meant() -> None:
    text = (
        "Air Lomond, an airline owned by its chairman, was paid by Microsoft. Microsoft also paid its lawyers."
        " The company said it had done nothing wrong."
    )
    assert _nominals(text)["Air Lomond"] == []


def test_another_network_described_in_the_window_may_be_meant() -> None:
    text = "Users swapped films over the Vexa peer-to-peer network. The group called itself the Pirate Network. Agents joined the network in May."
    assert _nominals(text)["the Pirate Network"] == []


def test_the_paper_is_the_newspaper_its_masthead_word_shows() -> None:
    text = "The story was first reported by the Hartford Gazette on Monday. The paper said the mayor would resign."
    assert _nominals(text)["the Hartford Gazette"] == ["The paper"]


def test_the_police_station_is_not_the_radio_station() -> None:
    text = "Radio station Blaze FM played the song on Monday. Fans later gathered outside the police station."
    assert _nominals(text).get("Blaze FM", []) == []
