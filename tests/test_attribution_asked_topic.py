"""What someone was asked about, in the passive, is the content of "asked about"; the asker is unnamed."""

from __future__ import annotations

import pytest

from tests.attribution_support import all_roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When asked about the bridge plan, Mara Lindqvist said she had not read it.",
            (None, "asked about", ["the bridge plan"]),
        ),
        (
            "Tobias Renner was asked about his tour dates.",
            (None, "was asked about", ["his tour dates"]),
        ),
    ],
)
def test_a_passive_question_takes_its_topic(attributions, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in all_roles(attributions(text))


def test_the_answer_after_an_unnamed_question_stays_with_the_speaker(attributions) -> None:  # type: ignore[no-untyped-def]
    text = '"It went well," Tobias Renner said when asked about the tour. "We played every night."'
    assert ("Tobias Renner", "said", ['"It went well,"', '"We played every night."']) in all_roles(attributions(text))
