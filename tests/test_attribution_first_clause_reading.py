"""What a content's first clause says is read where it is said: an existential "there is no X" says there
is none, and "we're going to X" announces X (possible, as "is going to sign" is everywhere else), whether
the content is one sentence or the first of several."""

from __future__ import annotations

import pytest

from tests.facts_support import factuality_of


def _reading(attributions, text: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    found = attributions(text)
    assert len(found) == 1, found
    return found[0].factuality.polarity, found[0].factuality.certainty


@pytest.mark.parametrize(
    "text",
    [
        'The mayor told me that there is "no ban on the market. The traders are not fined. The council agrees."',
        "A spokeswoman said there were no plans for a second season.",
    ],
)
def test_an_existential_no_is_negative(attributions, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _reading(attributions, text) == ("negative", "certain")


@pytest.mark.parametrize(
    "text",
    [
        'Ana Reyes said: "There is no doubt that the show was her best. Nobody else came close."',
        'Ana Reyes said: "There is no one better than Tomas to lead the choir."',
    ],
)
def test_no_doubt_and_a_comparison_stay_positive(attributions, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _reading(attributions, text) == ("positive", "certain")


def test_she_is_no_stranger_keeps_its_reading() -> None:
    assert factuality_of("Ana Reyes is no stranger to the stage.", "is").polarity == "positive"


@pytest.mark.parametrize(
    "text",
    [
        'Ana Reyes said: "We\'re going to open up the old mill. Then we can sell bread and keep the staff."',
        '"We are going to tour Brazil in May," Ana Reyes said.',
    ],
)
def test_going_to_announces_what_follows(attributions, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _reading(attributions, text) == ("positive", "possible")


def test_a_verb_of_going_is_not_an_announcement(attributions) -> None:  # type: ignore[no-untyped-def]
    assert _reading(attributions, '"We are going to the market to buy bread," Ana Reyes said.') == ("positive", "certain")
