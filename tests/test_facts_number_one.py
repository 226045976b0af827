"""Chart number ones said with the noun "number one": reached, scored, was, the number one spot."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def _cast(text: str) -> list:  # type: ignore[type-arg]
    return [*people(text, "Mara Quill", "Ivo Sand"), entity(text, "W1", "The Glass Harbour", "WORK")]


def test_reaching_number_one_is_a_number_one() -> None:
    text = "Mara Quill reached number one in the UK charts last week."
    assert facts_of(text, _cast(text)).named("won_award") == [(["Mara Quill"], "number one")]


def test_a_number_one_single_goes_to_the_work_it_was_scored_with() -> None:
    text = "Ivo Sand has scored his third number one single with The Glass Harbour."
    assert facts_of(text, _cast(text)).named("won_award") == [(["The Glass Harbour"], "number one")]


def test_a_work_that_was_number_one() -> None:
    text = "The Glass Harbour was number one in the US."
    assert facts_of(text, _cast(text)).named("won_award") == [(["The Glass Harbour"], "number one")]


def test_beating_someone_to_the_number_one_spot_is_the_winners() -> None:
    text = "Mara Quill beat Ivo Sand to the UK number one spot."
    assert facts_of(text, _cast(text)).named("won_award") == [(["Mara Quill"], "number one")]


def test_losing_the_number_one_spot_or_being_denied_one_is_no_number_one() -> None:
    for text in ("Mara Quill slipped from the number one spot to number three.",
                 "Mara Quill denied Ivo Sand his fourth number one of the year."):
        assert facts_of(text, _cast(text)).named("won_award") == []


def test_a_world_ranking_is_no_chart_number_one() -> None:
    text = "Ivo Sand became world number one in May."
    assert facts_of(text, _cast(text)).named("won_award") == []


def test_last_weeks_number_one_names_the_work() -> None:
    text = "Last week's number one album The Glass Harbour, by Ivo Sand, fell to number three."
    assert facts_of(text, _cast(text)).named("won_award") == [(["The Glass Harbour"], "number one")]
