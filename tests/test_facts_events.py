"""Taking part in events: speakers, presenters, discussions, lecture series."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def _lectures(text: str, *names: str) -> list:  # type: ignore[type-arg]
    return [*people(text, *names), entity(text, "W1", "Harbour Lectures", "WORK")]


def test_taking_part_in_a_named_discussion_is_attending_its_event() -> None:
    text = "Mara Quill spoke on Friday, while taking part in a Harbour Lectures discussion."
    found = facts_of(text, _lectures(text, "Mara Quill"))
    assert found.named("attended") == [(["Mara Quill"], "Harbour Lectures")]
    assert found.named("cast_in") == []  # "take part" is no role


def test_each_speaker_a_series_has_included_attended_it_whatever_their_titles() -> None:
    text = "Previous speakers at the Harbour Lectures series have included former leader Ivo Sand and author Mara Quill."
    found = facts_of(text, _lectures(text, "Ivo Sand", "Mara Quill"))
    expected = [(["Ivo Sand"], "Harbour Lectures"), (["Mara Quill"], "Harbour Lectures")]
    assert sorted(found.named("attended")) == expected


def test_a_titled_name_after_a_singular_title_is_someone_else() -> None:
    text = "A speaker at the Harbour Lectures series, Ivo Sand, and author Mara Quill agreed."
    assert facts_of(text, _lectures(text, "Ivo Sand", "Mara Quill")).named("attended") == [
        (["Ivo Sand"], "Harbour Lectures")
    ]
