"""Finding quotations in text: straight, curly and doubled-apostrophe marks, over paragraphs."""

from __future__ import annotations

from dateline.stages.quotes import find_quotations


def _texts(text: str) -> list[list[str]]:
    return [[text[start:end] for start, end in q.pieces] for q in find_quotations(text)]


def test_curly_and_straight_quotes_include_their_marks() -> None:
    text = '“We are ready,” said Mara Lindqvist. Tobias Renner added: "So are we."'
    assert _texts(text) == [["“We are ready,”"], ['"So are we."']]


def test_doubled_apostrophes_open_and_close_a_quote() -> None:
    text = "''It was a long night,'' Mr. Renner said."
    assert _texts(text) == [["''It was a long night,''"]]


def test_a_quote_runs_on_when_the_next_paragraph_opens_with_a_mark() -> None:
    text = "She said: “The first part.\n\n“The second part.”\n\nThe end."
    assert _texts(text) == [["“The first part.", "“The second part.”"]]


def test_a_quote_runs_on_when_a_sentence_inside_it_opens_with_a_mark() -> None:
    text = 'Ana said: "We sent the papers. "Something went wrong. "We are looking into it." Then she left.'
    assert _texts(text) == [['"We sent the papers.', '"Something went wrong.', '"We are looking into it."']]


def test_a_mark_after_a_comma_inside_a_quote_still_closes_it() -> None:
    text = 'Ana called it "a start, "and Tobias agreed.'
    assert _texts(text) == [['"a start, "']]


def test_an_unclosed_quote_followed_by_plain_text_is_dropped() -> None:
    text = "He said: “Nothing closes this.\n\nA new paragraph without marks."
    assert find_quotations(text) == []


def test_covers_tells_whether_a_span_is_inside_the_quote() -> None:
    text = 'Ana said "yes" twice.'
    quotation = find_quotations(text)[0]
    assert quotation.covers(text.index("yes"), text.index("yes") + 3)
    assert not quotation.covers(0, 3)
