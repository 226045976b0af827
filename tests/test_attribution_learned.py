"""Attributions from the shipped cue model: wishes, plans, calls and judgements the lexicon does not list."""

from __future__ import annotations

import pytest

from tests.attribution_support import all_roles

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Mara Lindqvist wants to tour Japan next year.", ("Mara Lindqvist", "wants", ["to tour Japan next year"])),
        ("Tobias Renner called for an end to the feud.", ("Tobias Renner", "called for", ["an end to the feud"])),
        ("Fans were critical of the new album.", ("Fans", "were critical of", ["the new album"])),
    ],
)
def test_a_learned_cue_with_its_source_and_content(attributions, text: str, roles: tuple) -> None:  # type: ignore[no-untyped-def,type-arg]
    (found,) = attributions(text)
    assert all_roles([found]) == [roles]
    assert found.factuality.commitment is None  # a learned cue has no commitment class


def test_a_raising_passive_takes_its_subject_into_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("The tour is expected to start in May.")
    assert all_roles(found) == [(None, "is expected", ["The tour", "to start in May"])]


def test_it_seems_keeps_the_expletive_out_of_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    assert all_roles(attributions("It seems that the band will split.")) == [(None, "seems", ["that the band will split"])]


@pytest.mark.parametrize(
    "text",
    [
        "The film was shown on Sunday.",  # a passive with neither agent nor clause is an event
        "Her support for the plan surprised fans.",  # nouns are left to the rules
        "Mara Lindqvist toured Japan with her band.",  # an action, not an attribution
        # a description ("was known for" is a reputation: test_attribution_reputation.py)
        "Mara Lindqvist was trained for her painstaking research.",
        'The show was "lewd" and "offensive".',  # an auxiliary is never a learned cue
    ],
)
def test_no_learned_cue(attributions, text: str) -> None:  # type: ignore[no-untyped-def]
    assert attributions(text) == []


def test_a_cue_that_carries_a_statement_is_folded_into_it(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("The label issued a statement saying that the tour was over.")
    assert all_roles(found) == [("The label", "issued a statement saying", ["that the tour was over"])]


def test_a_learned_cue_without_source_asserts_nothing_for_anyone(attributions) -> None:  # type: ignore[no-untyped-def]
    from dateline.stages.attribution import attribution_at

    text = "The tour is expected to start in May."
    (expected,) = attributions(text)
    start = text.index("start")
    assert expected.source is None and attribution_at(start, start + 5, [expected]) is None


def test_a_raised_subject_the_parser_split_in_two_stays_whole(attributions) -> None:  # type: ignore[no-untyped-def]
    # The parser makes "Parker" a second subject of "expected"; the content's first piece keeps the name.
    text = "A saxophone belonging to legendary jazz musician Charlie Parker is expected to fetch up to 1m dollars at an auction next month."
    found = next(a for a in attributions(text) if a.cue is not None and a.cue.text == "is expected")
    assert found.content[0].text == "A saxophone belonging to legendary jazz musician Charlie Parker"
