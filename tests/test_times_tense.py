"""The direction (past or future) of the clause around an expression."""

import pytest

from dateline.stages.times.tense import clause_direction, doc_direction


def direction(text: str, phrase: str = "Friday") -> int:
    start = text.index(phrase)
    return clause_direction(text, start=start, end=start + len(phrase))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lou Pak met the mayor on Friday.", -1),
        ("Lou Pak will meet the mayor on Friday.", 1),
        ("Lou Pak is expected to meet the mayor on Friday.", 1),
        ("Lou Pak planned to meet the mayor on Friday.", 1),
        ("A vote on the plan is slated for Friday.", 1),
        ("Lou Pak slated the mayor's plan on Friday.", -1),
        ("The mayor, Lou Pak said Friday, will resign.", -1),
        ("Lou Pak and the mayor on Friday.", 0),
        ("The United Nations and the mayor on Friday.", 0),
        ("The new album by Lou Pak will be released on Friday.", 1),
        ("The sale should be completed on Friday.", 1),
        ("The sale was completed on Friday.", -1),
        ("The bonus will be paid on Friday.", 1),
        ("The bonus was paid on Friday.", -1),
        ("Tia Rook would sign on a still unspecified date, Friday.", 1),
        ("Tia Rook would sign the revised contract on Friday.", 1),
        ("It was a deal that failed on Friday.", -1),
        ("On Friday, when Ida Voss set aside her travel plans, the rescue began.", -1),
        ("Ida Voss plans to fly home on Friday.", 1),
        ("On Friday, a week after Voss vs. Lund was heard, a storm struck.", -1),
        ("Two men were wounded next to the U.S. embassy on Friday.", -1),
        ("Tia Rook could not be reached for comment on Friday.", 0),  # "could": past of "can" as often
        ("Until Friday, the police had not named Tia Rook.", -1),  # the verb, not "until", tells the tense
        ("Until Friday, the police will guard the house.", 1),
        ("The police guarded the house until Friday.", 1),
    ],
)
def test_clause_direction(text: str, expected: int) -> None:
    assert direction(text) == expected


def test_a_sentence_boundary_stops_the_clause() -> None:
    assert direction("Lou Pak resigned. The vote is on Friday.") == 0


@pytest.mark.parametrize(
    "text",
    [
        "The talks are about money, the aide admitted, but they are also about what the job on Friday might entail.",
        "Lou Pak resigned in a huff, though the vote on Friday might go his way.",
    ],
)
def test_a_comma_before_a_word_that_opens_a_clause_stops_the_clause(text: str) -> None:
    assert direction(text) == 1  # "might", not the past verb of the clause before


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [("Lou Pak met the mayor on Friday.", -1), ("Lou Pak will meet the mayor on Friday.", 1)],
)
def test_doc_direction(text: str, expected: int) -> None:
    from dateline.nlp import load_pipeline

    doc = load_pipeline()(text)
    start = text.index("Friday")
    assert doc_direction(doc, start=start, end=start + 6) == expected


@pytest.mark.slow
def test_doc_direction_without_a_verb_is_unknown() -> None:
    from dateline.nlp import load_pipeline

    doc = load_pipeline()("Friday.")
    assert doc_direction(doc, start=0, end=6) == 0
