"""A stretch of time counted from the trigger's event ("ten years after his death", "a month before she
died"): the clause's time is that far from the event, not the event's own."""

from __future__ import annotations

from tests.facts_support import facts_of, people


def test_years_after_a_death_count_back_from_the_clause_s_year() -> None:
    text = "In 1991, ten years after the death of Ivo Sand, his records sold more than ever."
    assert facts_of(text, people(text, "Ivo Sand")).one("died").time == "1981"


def test_a_month_before_a_death_is_no_time_of_the_death() -> None:
    text = "The band split in 2002, a month before Mara Quill died."
    assert facts_of(text, people(text, "Mara Quill")).one("died").time is None


def test_the_year_a_relative_clause_defines_is_not_the_last_year_named() -> None:
    text = "Ivo Sand toured Japan in 1990. The year she was nominated, the Academy Award was won by Ivo Sand."
    assert facts_of(text, people(text, "Ivo Sand")).one("won_award").time is None
