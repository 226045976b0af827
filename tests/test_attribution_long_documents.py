"""The position indexes that keep the attribution stage near-linear on long documents.

Each lookup must give what a scan of the whole list gives, in the same order (ties go to the
earlier one), including with nested and adjacent quotations.
"""

from __future__ import annotations

import itertools

import pytest
import spacy

from dateline.model import Attribution, Span
from dateline.stages.attribution import _Kept, _parents
from dateline.stages.attribution_candidate import Candidate
from dateline.stages.attribution_trim import _Words
from dateline.stages.quotes import Quotation, Quotations, find_quotations
from dateline.stages.spans import (
    SpanIndex,
    holds_quotation,
    overlaps,
    quotation_covering,
    quotation_from,
    quotation_starting_at,
    quotations_ending_in,
    quotations_overlapping,
    quotations_starting_in,
    text_before,
    with_quote_marks,
)

_TEXT = (
    'Ana said: “We won.” “Again,” Ben said. “It rained.\n\n“Then it stopped,” Cleo said of the '
    'game. "Fine" "fine" she added.'
)


def _scan(quotations: list[Quotation], start: int, end: int) -> Quotation | None:
    return next((q for q in quotations if q.covers(start, end)), None)


def _all_spans(length: int) -> list[tuple[int, int]]:
    return [(start, end) for start in range(length) for end in range(start + 1, min(length, start + 40) + 1)]


def test_find_quotations_gives_an_indexed_list() -> None:
    quotations = find_quotations(_TEXT)
    assert isinstance(quotations, Quotations)
    assert [q.start for q in quotations] == sorted(q.start for q in quotations)


def test_the_quotation_covering_a_span_is_the_one_a_scan_finds() -> None:
    quotations = find_quotations(_TEXT)
    assert len(quotations) == 5  # adjacent ones, and one over two paragraphs
    for start, end in _all_spans(len(_TEXT)):
        assert quotations.covering(start, end) == _scan(quotations, start, end), (start, end)


def test_nested_quotations_give_the_first_one_that_covers() -> None:
    nested = [Quotation(pieces=((0, 30),)), Quotation(pieces=((5, 10),)), Quotation(pieces=((12, 14), (16, 40)))]
    indexed = Quotations(nested)
    assert indexed.covering(6, 8) == nested[0]
    assert indexed.covering(32, 35) == nested[2]
    for start, end in _all_spans(45):
        assert indexed.covering(start, end) == _scan(nested, start, end) == quotation_covering(nested, start, end)


def test_the_index_follows_quotations_added_before_a_lookup() -> None:
    quotations = Quotations([Quotation(pieces=((0, 5),))])
    assert quotations.covering(20, 22) is None
    quotations.append(Quotation(pieces=((18, 25),)))
    assert quotations.covering(20, 22) == quotations[1]


def test_quote_marks_are_added_as_a_scan_adds_them() -> None:
    quotations = find_quotations(_TEXT)
    for start, end in _all_spans(len(_TEXT)):
        assert with_quote_marks(start, end, quotations) == with_quote_marks(start, end, list(quotations))


def test_a_span_index_tells_a_holding_span_as_a_scan_does() -> None:
    spans = [(0, 10), (2, 4), (12, 30), (31, 33), (31, 34)]
    index = SpanIndex(spans)
    index.extend([(40, 41), (35, 60)])
    spans += [(40, 41), (35, 60)]
    for span in _all_spans(62):
        assert index.holds(span) == any(low <= span[0] and span[1] <= high for low, high in spans), span


def _attribution(number: int, cue: tuple[int, int], *content: tuple[int, int]) -> Attribution:
    return Attribution(
        id=f"A{number}",
        kind="indirect",
        cue=Span(start=cue[0], end=cue[1], text="x"),
        content=[Span(start=start, end=end, text="x") for start, end in content],
    )


def test_parents_are_the_innermost_enclosing_attributions() -> None:
    outer = _attribution(1, (5, 9), (10, 100))
    middle = _attribution(2, (20, 24), (25, 60))
    inner = _attribution(3, (30, 34), (35, 50))
    beside = _attribution(4, (200, 204), (205, 210))
    _parents([outer, middle, inner, beside])
    assert [a.parent for a in (outer, middle, inner, beside)] == [None, "A1", "A2", None]


def test_of_two_equally_long_enclosing_contents_the_first_is_the_parent() -> None:
    first = _attribution(1, (0, 4), (10, 40))
    second = _attribution(2, (50, 54), (5, 35))
    inner = _attribution(3, (20, 24), (25, 30))
    _parents([first, second, inner])
    assert inner.parent == "A1"


def test_attributions_inside_each_other_are_not_nested() -> None:
    first = _attribution(1, (10, 14), (0, 9), (20, 30))
    second = _attribution(2, (22, 26), (5, 15))
    _parents([first, second])
    assert first.parent is None and second.parent is None


@pytest.fixture(scope="module")
def words():  # type: ignore[no-untyped-def]
    return spacy.blank("en")("one two three four five six seven eight nine ten")


def _candidate(head, cue: tuple[int, int], content: list[tuple[int, int]], *, direct: bool = False) -> Candidate:  # type: ignore[no-untyped-def]
    return Candidate(cue=cue, head=head, content=content, direct=direct)


def test_the_words_within_spans_come_in_list_order(words) -> None:  # type: ignore[no-untyped-def]
    # The words start at 0, 4, 8, 14, 19, ...
    candidates = [_candidate(words[n], (0, 1), []) for n in (4, 0, 2, 3)]
    found = _Words(candidates).within([(8, 18), (0, 1), (19, 30)])
    assert found == [candidates[0], candidates[1], candidates[2], candidates[3]]
    assert _Words(candidates).within([(1, 8)]) == []


def test_kept_candidates_are_found_in_the_order_they_were_kept(words) -> None:  # type: ignore[no-untyped-def]
    kept = _Kept()
    late, early, long = (
        _candidate(words[0], (30, 34), [(40, 50)], direct=True),
        _candidate(words[1], (10, 14), [(40, 50)], direct=True),
        _candidate(words[2], (50, 70), [(80, 90)]),
    )
    for candidate in (late, early, long):
        kept.append(candidate)
    assert kept.starting_in(0, 100) == [late, early, long]
    assert kept.overlapping((65, 66)) and kept.overlapping((13, 31)) and not kept.overlapping((14, 30))
    assert kept.direct_with([(40, 50)]) is late
    kept.remove(late)
    assert kept.direct_with([(40, 50)]) is early and kept.candidates == [early, long]
    assert kept.starting_in(0, 100) == [early, long] and not kept.overlapping((30, 34))


@pytest.mark.slow
def test_repeated_quotes_each_keep_their_own_cue(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "".join(f"“We will win race {n},” the coach said. " for n in range(12))
    found = attributions(text)
    assert [[s.text for s in a.content] for a in found] == [[f"“We will win race {n},”"] for n in range(12)]
    assert all(a.parent is None for a in found)


@pytest.mark.slow
def test_a_quote_inside_reported_speech_is_nested_in_a_long_text(attributions) -> None:  # type: ignore[no-untyped-def]
    filler = " ".join(itertools.repeat("“The park is open,” the mayor said.", 6))
    found = attributions(f"{filler} Mara Lindqvist said that Tobias Renner told her the tour was over. {filler}")
    told = next(a for a in found if a.cue is not None and a.cue.text == "told")
    said = next(a for a in found if a.parent is None and a.source is not None and a.source.text == "Mara Lindqvist")
    assert told.parent == said.id


def test_the_text_before_a_word_is_the_document_text_up_to_it() -> None:
    doc = spacy.blank("en")("Ana said ,  it rained, because\nthe  sky was grey .")
    for token in doc:
        for start in range(len(doc.text) + 2):
            assert text_before(token, start) == doc.text[start : token.idx], (token.i, start)


def test_the_quotation_opening_at_a_position_is_the_one_a_scan_finds() -> None:
    quotations = find_quotations(_TEXT)
    for position in range(len(_TEXT) + 1):
        expected = next((q for q in quotations if q.start == position), None)
        assert quotations.starting_at(position) == expected == quotation_starting_at(list(quotations), position)


def test_the_quotations_overlapping_a_span_are_those_a_scan_finds() -> None:
    quotations = find_quotations(_TEXT)
    for start, end in _all_spans(len(_TEXT)):
        expected = [q for q in quotations if q.start < end and q.end > start]
        assert quotations.overlapping(start, end) == expected == quotations_overlapping(list(quotations), start, end)


def test_a_span_index_tells_an_overlapping_span_as_a_scan_does() -> None:
    spans = [(0, 10), (2, 4), (12, 30), (31, 33), (31, 34), (0, 0), (40, 40)]
    index = SpanIndex(spans)
    for span in _all_spans(45) + [(5, 5), (0, 0), (40, 40)]:
        assert index.overlaps(span) == any(overlaps(span, other) for other in spans), span


def test_the_first_quotation_from_a_position_is_the_one_a_scan_finds() -> None:
    quotations = find_quotations(_TEXT)
    for position in range(len(_TEXT) + 2):
        expected = next((q for q in quotations if q.start >= position), None)
        assert quotation_from(quotations, position) == expected == quotation_from(list(quotations), position)


def test_the_quotations_starting_or_ending_in_a_span_are_those_a_scan_finds() -> None:
    quotations = find_quotations(_TEXT)
    for start, end in _all_spans(len(_TEXT)):
        opened = [q for q in quotations if start <= q.start < end]
        assert quotations_starting_in(quotations, start, end) == opened == quotations_starting_in(list(quotations), start, end)
        ended = [q for q in quotations if start <= q.end <= end]
        assert quotations_ending_in(quotations, start, end) == ended == quotations_ending_in(list(quotations), start, end)
        held = any(start <= q.start and q.end <= end for q in quotations)
        assert holds_quotation(quotations, start, end) == held == holds_quotation(list(quotations), start, end)


def test_the_quotation_just_before_a_sentence_is_the_one_a_scan_finds() -> None:
    from dateline.stages.attribution_content import _quotation_just_before

    text = '“We won,”  \n Ana said. “Again.” Ben left. “Fine” “fine”   she added.'
    quotations = find_quotations(text)
    for position in range(len(text) + 1):
        expected = next((q for q in quotations if q.end <= position and not text[q.end : position].strip()), None)
        assert _quotation_just_before(quotations, position, text=text) == expected, position
