"""Character spans over a parsed document: trimming, subtrees, quotation marks and paragraphs.

Shared by the attribution modules (and usable by the facts stage): spans are ``(start, end)``
character offsets into the document text, ``end`` exclusive.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from typing import TYPE_CHECKING

from dateline.stages.forms import forms, text_of
from dateline.stages.quotes import Quotation, Quotations

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "CharSpan",
    "Layout",
    "SpanIndex",
    "chars",
    "entity_bounds",
    "overlaps",
    "paragraph_break",
    "paragraph_of",
    "quotation_at",
    "quotation_covering",
    "quotation_from",
    "quotation_starting_at",
    "quotations_ending_in",
    "quotations_starting_in",
    "holds_quotation",
    "quotations_overlapping",
    "runs",
    "subtree_chars",
    "text_before",
    "token_at_or_after",
    "trimmed",
    "with_quote_marks",
    "within",
]


CharSpan = tuple[int, int]


_QUOTE_CHARS = set("\"“”„«»'‘’`")


class Layout:
    """A document's text, sentences and word forms, computed once (``Doc.text`` and ``Token.sent``
    recompute them, and reading a form from each token builds a ``Token`` per word)."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.text = text_of(doc, text)
        self.lowers = forms(doc, "LOWER")
        self.lemmas = [lemma.lower() for lemma in forms(doc, "LEMMA")]
        self.pos = forms(doc, "POS")
        self.spans = list(doc.sents)
        self._index = [0] * len(doc)
        for number, sentence in enumerate(self.spans):
            self._index[sentence.start : sentence.end] = [number] * len(sentence)

    def number(self, token: Token) -> int:
        """The index of the sentence ``token`` is in."""
        return self._index[token.i]

    def of(self, token: Token) -> SpacySpan:
        """The sentence ``token`` is in."""
        return self.spans[self._index[token.i]]


class SpanIndex:
    """Character spans sorted by start, to tell quickly whether one of them holds a given span (a span
    that holds it starts at most the longest span's length before its end)."""

    def __init__(self, spans: list[CharSpan]) -> None:
        self._spans = sorted(spans)
        self._longest = max((end - start for start, end in spans), default=0)

    def extend(self, spans: tuple[CharSpan, ...] | list[CharSpan]) -> None:
        for span in spans:
            insort(self._spans, span)
            self._longest = max(self._longest, span[1] - span[0])

    def overlaps(self, span: CharSpan) -> bool:
        """Whether one of the spans shares a character with ``span``."""
        first = bisect_left(self._spans, (span[0] + 1 - self._longest,))
        last = bisect_left(self._spans, (span[1],))
        return any(self._spans[k][1] > span[0] for k in range(first, last))

    def holds(self, span: CharSpan) -> bool:
        first = bisect_left(self._spans, (span[1] - self._longest,))
        last = bisect_right(self._spans, (span[0], float("inf")))
        return any(span[1] <= self._spans[k][1] for k in range(first, last))


def entity_bounds(token: Token) -> tuple[int, int] | None:
    """The token range of the entity (``doc.ents``) that ``token`` is in, if any, read off the IOB tags
    around it (``doc.ents`` builds a span for every entity of the document on each call)."""
    doc = token.doc
    if token.ent_iob_ not in ("B", "I") or not token.ent_type:
        return None
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def overlaps(first: CharSpan, second: CharSpan) -> bool:
    """Whether two character spans share a character."""
    return first[0] < second[1] and second[0] < first[1]


def chars(first: Token, last: Token) -> CharSpan:
    return first.idx, last.idx + len(last.text)


def trimmed(doc: Doc, start: int, end: int, *, keep_quotes: bool = False) -> tuple[int, int] | None:
    """Token range ``[start, end)`` without outer punctuation (quote marks kept when asked, and a
    closing bracket whose opening one is inside)."""

    def loose(token: Token) -> bool:
        if token.is_space:
            return True
        if not token.is_punct or _percent(token):
            return False
        return not (keep_quotes and token.text[0] in _QUOTE_CHARS)

    while start < end and loose(doc[start]):
        start += 1
    while end > start and loose(doc[end - 1]) and not _closes(doc, start, end - 1):
        end -= 1
    return (start, end) if start < end else None


def _percent(token: Token) -> bool:
    """Whether ``token`` is the "%" of a number ("42%"), which belongs to it, not outer punctuation."""
    return token.text == "%" and token.i > 0 and token.doc[token.i - 1].like_num


_BRACKETS = {")": "(", "]": "["}


def _closes(doc: Doc, start: int, last: int) -> bool:
    """Whether token ``last`` closes a bracket opened inside ``[start, last)`` ("Ana Reyes (D-Ohio)")."""
    opening = _BRACKETS.get(doc[last].text)
    if opening is None:
        return False
    texts = [t.text for t in doc[start:last]]
    return texts.count(opening) > texts.count(doc[last].text)


def subtree_chars(doc: Doc, token: Token, *, quotations: list[Quotation] | None = None) -> CharSpan | None:
    """The characters of ``token``'s subtree without outer punctuation (and with whole quote marks).

    A non-projective subtree is cut at its first gap on each side, so that the span stays
    contiguous around the head.
    """
    present = {t.i for t in token.subtree}
    low = high = token.i
    while low - 1 in present:
        low -= 1
    while high + 1 in present:
        high += 1
    bounds = trimmed(doc, low, high + 1)
    if bounds is None:
        return None
    start, end = chars(doc[bounds[0]], doc[bounds[1] - 1])
    if quotations:
        start, end = with_quote_marks(start, end, quotations)
    return start, end


def with_quote_marks(start: int, end: int, quotations: list[Quotation]) -> CharSpan:
    """Widen a span to the marks of the quotations it holds but for their marks ("... “is so broad”")."""
    ordered = isinstance(quotations, Quotations)
    first = quotations.reaching(start - 3) if isinstance(quotations, Quotations) else 0
    for number in range(first, len(quotations)):
        quotation = quotations[number]
        if ordered and quotation.start >= end:
            break  # it and the quotations after it start after the span
        for low, high in quotation.pieces:
            if start - 3 <= low and high <= end + 3 and low < end:
                start, end = min(start, low), max(end, high)
    return start, end


def quotation_at(quotations: list[Quotation], token: Token) -> Quotation | None:
    """The quotation ``token`` is in, if any (``quotations`` in order of their start)."""
    position = token.idx
    length = len(token)  # the text's length without making the string (asked for most words of a document)
    if isinstance(quotations, Quotations):
        return quotations.covering(position, position + length)
    for quotation in quotations:
        if quotation.start > position:
            return None
        if quotation.end > position and quotation.covers(position, position + length):
            return quotation
    return None


def quotation_covering(quotations: list[Quotation], start: int, end: int) -> Quotation | None:
    """The first quotation of ``quotations`` one of whose pieces holds ``[start, end)``."""
    if isinstance(quotations, Quotations):
        return quotations.covering(start, end)
    return next((quotation for quotation in quotations if quotation.covers(start, end)), None)


def quotation_starting_at(quotations: list[Quotation], position: int) -> Quotation | None:
    """The first quotation of ``quotations`` whose opening mark is at ``position``."""
    if isinstance(quotations, Quotations):
        return quotations.starting_at(position)
    return next((quotation for quotation in quotations if quotation.start == position), None)


def quotations_starting_in(quotations: list[Quotation], start: int, end: int) -> list[Quotation]:
    """The quotations of ``quotations`` whose opening mark is in ``[start, end)``, in order."""
    if isinstance(quotations, Quotations):
        return quotations.starting_in(start, end)
    return [quotation for quotation in quotations if start <= quotation.start < end]


def quotations_ending_in(quotations: list[Quotation], low: int, high: int) -> list[Quotation]:
    """The quotations of ``quotations`` that end (after their closing mark) in ``[low, high]``, in order."""
    if isinstance(quotations, Quotations):
        return quotations.ending_in(low, high)
    return [quotation for quotation in quotations if low <= quotation.end <= high]


def quotation_from(quotations: list[Quotation], position: int) -> Quotation | None:
    """The first quotation of ``quotations`` that opens at or after ``position``."""
    if isinstance(quotations, Quotations):
        return quotations.first_from(position)
    return next((quotation for quotation in quotations if quotation.start >= position), None)


def holds_quotation(quotations: list[Quotation], start: int, end: int) -> bool:
    """Whether a whole quotation of ``quotations`` lies in ``[start, end)``."""
    return any(quotation.end <= end for quotation in quotations_starting_in(quotations, start, end))


def quotations_overlapping(quotations: list[Quotation], start: int, end: int) -> list[Quotation]:
    """The quotations of ``quotations`` that share a character with ``[start, end)``, in order."""
    if isinstance(quotations, Quotations):
        return quotations.overlapping(start, end)
    return [quotation for quotation in quotations if quotation.start < end and quotation.end > start]


def paragraph_of(text: str, position: int) -> CharSpan:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def within(doc: Doc, span: CharSpan, paragraph: CharSpan) -> CharSpan | None:
    """A span cut to one paragraph (a parse that runs across paragraphs drags the previous one in)."""
    if paragraph[0] <= span[0] and span[1] <= paragraph[1]:
        return span
    inner = doc.char_span(max(span[0], paragraph[0]), min(span[1], paragraph[1]), alignment_mode="contract")
    bounds = trimmed(doc, inner.start, inner.end, keep_quotes=True) if inner is not None else None
    return chars(doc[bounds[0]], doc[bounds[1] - 1]) if bounds is not None else None


def text_before(token: Token, start: int) -> str:
    """``doc.text[start : token.idx]``, read off the tokens before ``token`` (``Doc.text`` joins the
    whole document on each call, which makes a call per cue quadratic in a long document)."""
    doc, parts, number = token.doc, [], token.i - 1
    while number >= 0 and doc[number].idx + len(doc[number].text_with_ws) > start:
        parts.append(doc[number].text_with_ws)
        number -= 1
    joined = "".join(reversed(parts))
    return joined[max(0, start - (token.idx - len(joined))) :]


def paragraph_break(doc: Doc, first: Token, second: Token) -> bool:
    """Whether a line break separates two tokens (a parse across paragraphs is no clause)."""
    low, high = sorted((first.i, second.i))
    return any("\n" in token.text or "\n" in token.whitespace_ for token in doc[low:high])


def runs(indices: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for index in indices:
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def token_at_or_after(doc: Doc, position: int) -> int:
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    return span.start if span is not None else len(doc)
