"""Quotations in a text: straight and curly double quotes, including quotes over several paragraphs."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

__all__ = ["Quotation", "Quotations", "find_quotations"]

_OPENING = {"“", "„", "«", "``"}
_CLOSING = {"”", "»"}
#: Marks that open or close depending on what stands before them.
_STRAIGHT = {'"', "''"}
_MARK = re.compile("``|''|[\"“”„«»]")
#: Longest a quotation may run before it is taken to be a stray mark.
_MAX_LENGTH = 3000


@dataclass(frozen=True)
class Quotation:
    """One quotation: a piece per paragraph, each from its opening mark to its closing mark."""

    pieces: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        """Offset of the first opening mark."""
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        """Offset just after the last closing mark (or the last piece's end)."""
        return self.pieces[-1][1]

    def covers(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one of the pieces."""
        for low, high in self.pieces:  # a loop, not any(): asked for most words of a document
            if low <= start and end <= high:
                return True
        return False


class Quotations(list[Quotation]):
    """The quotations of a text, in order of their start, with an index by position built on first use.

    Looking up the quotation around a span scans only the quotations that start within the longest
    quotation's length before it, so that a text with thousands of quotations is not scanned whole
    for each word (the lookup is made for most words of a document). Not to be changed once
    looked up in: the index is rebuilt only when the length changes.
    """

    _starts: list[int] | None = None
    _longest = 0

    def _index(self) -> list[int]:
        if self._starts is None or len(self._starts) != len(self):
            self._starts = [quotation.start for quotation in self]
            self._longest = max((quotation.end - quotation.start for quotation in self), default=0)
        return self._starts

    def reaching(self, position: int) -> int:
        """The number of the first quotation that may end at or after ``position`` (none before it does)."""
        starts = self._index()
        return bisect_left(starts, position - self._longest)

    def starting_at(self, position: int) -> Quotation | None:
        """The first quotation whose opening mark is at ``position``."""
        starts = self._index()
        number = bisect_left(starts, position)
        return self[number] if number < len(starts) and starts[number] == position else None

    def first_from(self, position: int) -> Quotation | None:
        """The first quotation whose opening mark is at or after ``position``."""
        starts = self._index()
        number = bisect_left(starts, position)
        return self[number] if number < len(starts) else None

    def ending_in(self, low: int, high: int) -> list[Quotation]:
        """The quotations that end (after their closing mark) in ``[low, high]``, in order."""
        last = bisect_left(self._index(), high)
        return [self[n] for n in range(self.reaching(low), last) if low <= self[n].end <= high]

    def starting_in(self, start: int, end: int) -> list[Quotation]:
        """The quotations whose opening mark is in ``[start, end)``, in order."""
        starts = self._index()
        return self[bisect_left(starts, start) : bisect_left(starts, end)]

    def overlapping(self, start: int, end: int) -> list[Quotation]:
        """The quotations that share a character with ``[start, end)``, in order."""
        last = bisect_left(self._index(), end)
        return [self[n] for n in range(self.reaching(start + 1), last) if self[n].end > start]

    def covering(self, start: int, end: int) -> Quotation | None:
        """The first quotation one of whose pieces holds ``[start, end)``."""
        starts = self._index()
        # a loop rather than a generator: most words lie in no quotation, and the range is empty
        for number in range(bisect_left(starts, end - self._longest), bisect_right(starts, start)):
            if self[number].covers(start, end):
                return self[number]
        return None


def _marks(text: str) -> list[tuple[int, str]]:
    return [(match.start(), match.group()) for match in _MARK.finditer(text)]


def _is_opening(text: str, position: int, mark: str) -> bool:
    if mark in _OPENING:
        return True
    if mark not in _STRAIGHT:
        return False
    before = text[position - 1] if position > 0 else " "
    return before.isspace() or before in "([{—–-/"


def _reopens(text: str, position: int, mark: str) -> bool:
    """Whether a quote mark inside an open quotation opens the quotation's next paragraph, written on
    the same line: 'said: "We sent the papers. "Something went wrong."' (paragraphs run together in
    many feeds). The mark follows a sentence's end and a space, and a word follows it."""
    if not _is_opening(text, position, mark):
        return False
    before = text[max(0, position - 3) : position].rstrip("'’")
    after = text[position + len(mark) : position + len(mark) + 1]
    return before.endswith((". ", "? ", "! ")) and after[:1].isalnum()


def find_quotations(text: str) -> Quotations:
    """The quotations of ``text``, in order.

    A paragraph that ends inside a quotation continues it when the next paragraph opens with a
    quote mark (the convention for quotes that run over several paragraphs), and so does a sentence
    that opens with a quote mark inside one (the same, with the paragraphs run together). Unbalanced marks are
    ignored rather than guessed at.
    """
    quotations = Quotations()
    pieces: list[tuple[int, int]] = []
    open_at: int | None = None
    for position, mark in _marks(text):
        if open_at is not None and "\n" in text[open_at:position]:
            paragraph_end = text.index("\n", open_at)
            continues = _is_opening(text, position, mark) and text[paragraph_end:position].strip() == ""
            if continues:
                pieces.append((open_at, paragraph_end))
                open_at = position
                continue
            pieces, open_at = [], None
        if open_at is None:
            if _is_opening(text, position, mark):
                open_at = position
            continue
        if _reopens(text, position, mark):
            pieces.append((open_at, position - 1))
            open_at = position
            continue
        if mark in _CLOSING or mark in _STRAIGHT:
            end = position + len(mark)
            if end - open_at <= _MAX_LENGTH:
                quotations.append(Quotation(pieces=(*pieces, (open_at, end))))
            pieces, open_at = [], None
        elif mark in _OPENING:
            pieces, open_at = [], position
    return quotations
