"""A candidate in an election is nominated, with the office as the object text ("presidential candidate X",
"the candidate for governor, X", "X ran for president in 2004")."""

from __future__ import annotations

import pytest

from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def _found(text: str):  # type: ignore[no-untyped-def]
    return facts_of(text, people(text, "Mara Quill", "Ivo Sand"))


def test_a_presidential_candidate_is_nominated_for_president() -> None:
    for text in ("Republican presidential candidate Mara Quill spoke in Ohio.",
                 "Mara Quill, the party's presidential candidate, spoke in Ohio."):
        assert _found(text).named("nominated") == [(["Mara Quill"], "president")], text


def test_a_candidate_for_an_office_and_one_running_for_it_are_nominated_at_the_election_s_year() -> None:
    text = "The party's candidate for governor, Mara Quill, spoke in Ohio."
    assert _found(text).named("nominated") == [(["Mara Quill"], "governor")]
    fact = _found("Mara Quill ran for president in 2004.").one("nominated")
    assert (fact.arguments["object_text"], fact.time) == ("president", "2004")


def test_shortlisted_candidates_for_an_award_are_still_its_nominees() -> None:
    text = "The two shortlisted candidates for the award are Mara Quill and Ivo Sand."
    assert sorted(_found(text).named("nominated")) == [(["Ivo Sand"], "award"), (["Mara Quill"], "award")]


def test_no_candidacy_without_an_office_or_for_another_office() -> None:
    for text in ("Mara Quill is the obvious candidate to win praise.", "Mara Quill ran for the bus.",
                 "Vice presidential candidate Mara Quill spoke in Ohio."):
        assert _found(text).named("nominated") == [], text
