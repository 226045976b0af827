"""The rivals a nominee competes against for an award are up for it too: "X will compete against Y and Z for best
actress", "X is up against Y and Z in the best actor category", "X will battle it out for the award with Y"."""

from __future__ import annotations

from tests.facts_support import facts_of, people

_NAMES = ("Ivo Sand", "Mara Quill", "Tomas Brandt")


def _nominees(text: str) -> list[tuple[list[str], str | None]]:
    return sorted(facts_of(text, people(text, *_NAMES)).named("nominated"))


def test_those_competed_against_for_an_award_are_nominated_for_it() -> None:
    found = _nominees("Ivo Sand will compete against Mara Quill and Tomas Brandt for best actress.")
    assert found == [([name], "best actress") for name in sorted(_NAMES)]


def test_those_one_is_up_against_in_a_category_are_nominated_in_it() -> None:
    found = _nominees("Ivo Sand is up against Mara Quill and Tomas Brandt in the best actor category.")
    assert found == [([name], "best actor category") for name in sorted(_NAMES)]


def test_those_one_battles_it_out_with_for_an_award_are_nominated_for_it() -> None:
    found = _nominees("Ivo Sand will battle it out for the best actor award with Mara Quill and Tomas Brandt.")
    assert found == [([name], "best actor award") for name in sorted(_NAMES)]


def test_up_against_rivals_for_no_award_is_no_nomination() -> None:
    assert _nominees("Ivo Sand is up against Mara Quill and Tomas Brandt in the race for the job.") == []


def test_those_one_faces_competition_from_in_a_category_are_nominated_in_it() -> None:
    """Twenty-eighth round; the beaten of "beat off competition from" are not annotated."""
    found = _nominees("Ivo Sand faces competition from Mara Quill and Tomas Brandt in the best actor category.")
    assert found == [([name], "best actor category") for name in sorted(_NAMES)]
    assert _nominees("Ivo Sand beat off competition from Mara Quill and Tomas Brandt in the best actor category.") == []
