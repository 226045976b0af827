"""Words quoted in news count from the day of their saying when the text dates it (TimeML: a deictic
time counts from the speech time of its clause, which a quotation's reporting verb gives)."""

import datetime as dt

import pytest

from dateline.stages.times import find_times

TUESDAY = dt.date(2025, 4, 15)


def parsed(text: str) -> list[tuple[str, str, str | None]]:
    from dateline.nlp import load_pipeline

    times = find_times(text, document_date=TUESDAY, doc=load_pipeline()(text))
    return [(time_.text, time_.value, time_.anchor) for time_ in times]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reporting verb's Monday is the day the words were said: their "Today" is that Monday
        (
            "“Today, Mara Quell showed again that she will say anything,” Dov Arlen said in a statement Monday.",
            [("Today", "2025-04-14", "T2"), ("Monday", "2025-04-14", "DCT")],
        ),
        # "next week" said on the Friday before is the week of the story's Tuesday
        (
            "“We will vote next week,” Ilse Varga told reporters on Friday.",
            [("next week", "2025-W16", "T2"), ("Friday", "2025-04-11", "DCT")],
        ),
        # dated by a month only: a morning of that month, which one unknown
        (
            "In March, Oda Brun told reporters: “This morning, my rival attacked my father.”",
            [("March", "2025-03", "DCT"), ("This morning", "2025-03-XXTMO", "T1")],
        ),
    ],
)
def test_a_dated_saying_anchors_the_words_quoted(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert parsed(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # undated: the document date, as in news most words quoted were said on it or just before
        "“We will vote next week,” Ilse Varga said.",
        # the Friday dates a meeting, or the vote the words are about, not the saying
        "“We will vote next week,” said Ilse Varga, who met the mayor on Friday.",
        "Ilse Varga said of Friday's vote: “We will try again next week.”",
    ],
)
def test_an_undated_saying_keeps_the_document_date(text: str) -> None:
    assert ("next week", "2025-W17", "DCT") in parsed(text)
