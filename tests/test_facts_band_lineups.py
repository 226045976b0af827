"""Band members read from a line-up: names with their instruments in parentheses, and singers listed
after "recorded as group X, including ..."."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def _lineup(text: str) -> list:  # type: ignore[type-arg]
    return [*people(text, "Ivo Sand", "Mara Quill", "Tomas Reyes"), entity(text, "O1", "Velvet Harbour", "ORG")]


_BAND = "Velvet Harbour are to tour Japan. The band sold a million records. Velvet Harbour have a new album. "


def test_each_name_with_an_instrument_in_parentheses_is_a_member_of_the_article_band() -> None:
    text = _BAND + "The band formed at college around Ivo Sand (keyboards), Mara Quill (The Owl, drums) and Tomas Reyes."
    found = facts_of(text, _lineup(text))
    assert sorted(found.named("works_for")) == [(["Ivo Sand"], "Velvet Harbour"), (["Mara Quill"], "Velvet Harbour")]
    roles = sorted(fact.arguments["role"] for fact in found.facts if fact.predicate == "works_for")
    assert roles == ["drums", "keyboards"]


def test_an_instrument_not_closing_the_parentheses_names_no_member() -> None:
    text = _BAND + "Ivo Sand (on guitar at the time) met Mara Quill."
    assert facts_of(text, _lineup(text)).named("works_for") == []


def test_a_line_up_in_an_article_about_no_band_gives_nothing() -> None:
    text = "The course was taught by Ivo Sand (piano) and Mara Quill (drums)."
    assert facts_of(text, _lineup(text)).named("works_for") == []


def _charity_record(text: str) -> list:  # type: ignore[type-arg]
    return [*people(text, "Ivo Sand", "Mara Quill"), entity(text, "O1", "Harbour Lights", "ORG")]


def test_singers_listed_after_recording_as_a_group_are_its_members() -> None:
    text = "More than thirty singers recorded as group Harbour Lights, including Ivo Sand and Mara Quill."
    found = facts_of(text, _charity_record(text))
    assert sorted(found.named("works_for")) == [(["Ivo Sand"], "Harbour Lights"), (["Mara Quill"], "Harbour Lights")]


def test_a_named_singer_who_performs_as_the_group_is_its_member() -> None:
    text = "Ivo Sand performed as the group Harbour Lights for a decade."
    assert facts_of(text, _charity_record(text)).named("works_for") == [(["Ivo Sand"], "Harbour Lights")]


def test_singing_as_the_band_plays_is_no_membership() -> None:
    text = "Ivo Sand sang as the group Harbour Lights played on, with Mara Quill watching."
    assert facts_of(text, _charity_record(text)).named("works_for") == []
