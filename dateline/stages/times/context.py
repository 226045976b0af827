"""What relative expressions are anchored to: the document date, and the times the text mentioned before.

News text counts from its date ("on Sunday" is the Sunday before or after it). A narrative (a history)
counts from the time it last talked about: in a text about 1941, "in July" is July 1941. A dated text
is read as a narrative when most of the years it names lie well before its date and it hardly ever
counts from that date ("today", "on Friday"). A text without a date is not guessed at: what it leaves
out stays unknown ("XXXX-07").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dateline.stages.times.calendar import Point, start_date
from dateline.stages.times.tense import (
    Direction,
    clause_direction,
    doc_direction,
    general_present,
    prospective,
    scheduled_event,
    speech_future,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Context", "Mention"]

_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n\s*\n")
#: A dated text is a narrative when at least this many years are named, this share lie this far back,
#: and expressions counted from the document date are at most this share of the years named.
_NARRATIVE_YEARS = 3
_NARRATIVE_SHARE = 0.6
_NARRATIVE_DISTANCE = 5
_NARRATIVE_DEICTIC_SHARE = 0.1
#: A long history (this many years named) of a recent past: this distance back is far enough.
_LONG_HISTORY_YEARS = 20
_LONG_HISTORY_DISTANCE = 2
#: In news, a date without a year takes the year of a date at most this many characters before it.
_YEAR_REACH = 30
#: A day of unknown year is the story's time at most this many paragraph breaks later (its paragraph or
#: the next): further on, "that night" is as often a night the text does not date.
_UNDATED_PARAGRAPHS = 1
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Mention:
    """A time already normalised, which later expressions may count from.

    ``derived`` marks a point computed by counting from another ("a year earlier"): it is not a
    reference time of its own. ``ahead`` marks a year a narrative looks ahead to ("a campaign planned
    for 1976"): the story is not there yet; ``aside`` a year that dates a name ("the Treaty of Paris
    (1783)") or bounds a span ("since 1921"): the story is not there; ``cited`` the year of a source
    cited ("according to the 2000 family history"), in news too. ``anchor`` is what its value was computed from ('DCT', an id, None).
    """

    id: str
    point: Point
    start: int
    end: int
    sentence: int
    explicit_year: bool
    derived: bool = False
    anchor: str | None = None
    ahead: bool = False
    aside: bool = False
    cited: bool = False


@dataclass
class Context:
    """The state of one document while its expressions are normalised in text order."""

    text: str
    document_date: dt.date | None
    narrative: bool
    doc: Doc | None = None
    mentions: list[Mention] = field(default_factory=list)
    unknown: list[int] = field(default_factory=list)
    sets: list[int] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)

    @classmethod
    def create(
        cls,
        text: str,
        *,
        document_date: dt.date | None,
        years: list[int],
        deictic: int,
        doc: Doc | None = None,
    ) -> Context:
        """The context of a document that names ``years`` and has ``deictic`` expressions like "today"."""
        if doc is not None:
            starts = [sentence.start_char for sentence in doc.sents]
        else:
            starts = [0] + [match.end() for match in _SENTENCE_END.finditer(text)]
        return cls(
            text=text,
            document_date=document_date,
            narrative=_is_narrative(document_date, years, deictic),
            doc=doc,
            _sentence_starts=starts,
        )

    def sentence(self, offset: int) -> int:
        """The index of the sentence containing ``offset``."""
        return bisect.bisect_right(self._sentence_starts, offset) - 1

    def sentence_text(self, index: int) -> str:
        """The text of sentence ``index``."""
        starts = self._sentence_starts
        return self.text[starts[index] : starts[index + 1] if index + 1 < len(starts) else len(self.text)]

    def direction(self, start: int, end: int) -> Direction:
        """Past (-1), future (1) or unknown (0): the tense of the clause around the span."""
        if self.doc is not None:
            found = doc_direction(self.doc, start=start, end=end)
            if found or self.prospective(start, end):
                return found
        return clause_direction(self.text, start=start, end=end)

    def prospective(self, start: int, end: int) -> bool:
        """Whether the parse puts the span after a past event ("agreed to buy it in February"), on
        either side of the document date: the nearest date is meant, whatever the clause's tense."""
        return self.doc is not None and prospective(self.doc, start=start, end=end)

    def still_to_come(self, start: int, end: int) -> bool:
        """Whether the parse makes the span the date of an event in a present "is" ("The memorial is on
        Sept. 11"): the next such day, however far, not the nearest."""
        return self.doc is not None and scheduled_event(self.doc, start=start, end=end)

    def past_told_as_future(self, point: Point | None, *, start: int, end: int) -> bool:
        """Whether ``point`` lies after the document date while the clause of the span is in the past
        ("Four years later, he was incoherent" counted from this Monday; "she wanted a positive message
        that day" after an Election Day to come): it was counted from a time the text does not name."""
        first_day = start_date(point) if point is not None else None
        if first_day is None or self.document_date is None or first_day <= self.document_date:
            return False
        return self.direction(start, end) < 0

    def future_from_the_date(self, start: int, end: int) -> bool:
        """Whether the parse puts the span in a future counted from the document date ("we'll see"), not
        the story's ("would", "was going to")."""
        return self.doc is not None and speech_future(self.doc, start=start, end=end)

    def nowadays(self, start: int, end: int) -> bool:
        """Whether the parse makes the span a general present ("Today, the county is home to ...")."""
        return self.doc is not None and general_present(self.doc, start=start, end=end)

    def remember(self, mention: Mention) -> None:
        """Add a normalised point that later expressions may be anchored to."""
        self.mentions.append(mention)

    def remember_unknown(self, start: int) -> None:
        """Add a time named at ``start`` whose year the text does not give ("until Christmas" in an
        undated story; "seven years after his citizenship was withdrawn")."""
        self.unknown.append(start)

    def remember_set(self, start: int) -> None:
        """Add a set named at ``start`` ("on Tuesdays"): a clock time after it is its slot, not a day's."""
        self.sets.append(start)

    def set_named_since(self, *, before: int) -> bool:
        """Whether a set was named after the last day named before offset ``before``, in its sentence or
        the one before."""
        day = self.reference(before=before, finest=True, nearby=True, undated=True)
        since = day.end if day is not None else self._sentence_starts[max(self.sentence(before) - 1, 0)]
        return any(since <= start < before for start in self.sets)

    def describes_a_noun(self, start: int, end: int) -> bool:
        """Whether the parse makes the span a modifier of a noun after it ("his 2200 GMT curfew")."""
        if self.doc is None:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        head = span.root.head
        return head.i >= span.end and head.pos_ in ("NOUN", "PROPN") and span.root.dep_ in ("compound", "nummod", "amod", "nmod")

    def unknown_since(self, mention: Mention, *, before: int) -> bool:
        """Whether a time of unknown year was named after ``mention`` and before offset ``before``: what
        counts from the last time named ("a week after that") counts from that one."""
        index = bisect.bisect_right(self.unknown, mention.start)  # named in text order, so sorted
        return index < len(self.unknown) and self.unknown[index] < before

    def reference(
        self,
        *,
        before: int,
        finest: bool = False,
        nearby: bool = False,
        within: int | None = None,
        grain: str | None = None,
        grain_in: frozenset[str] | None = None,
        undated: bool = False,
    ) -> Mention | None:
        """The last point with a known year mentioned before offset ``before``, not derived from another.

        ``finest`` asks for a point of a day, ``grain`` for one of that grain, ``grain_in`` for one of
        those grains, ``nearby`` for one in the sentence of ``before`` or the sentence before it, ``within``
        for one at most that many sentences before the sentence of ``before`` (0: its own). In a
        narrative, times counted from the document date ("today") are not the story's time. With
        ``undated``, a day or month of unknown year that names its month or weekday counts too ("on 14
        June" in an undated story): the story is there, though its year is unknown.
        """
        sentence = self.sentence(before)
        if nearby:
            within = 1
        for mention in reversed(self.mentions):
            if within is not None and mention.sentence < sentence - within:
                return None
            if mention.start >= before or mention.derived or mention.cited:
                continue
            if mention.point.year is None and not (undated and self._undated_story_time(mention, before=before)):
                continue
            if self.narrative and (mention.anchor == "DCT" or mention.ahead or mention.aside):
                continue
            if (finest and mention.point.grain != "day") or (grain and mention.point.grain != grain):
                continue
            if grain_in is not None and mention.point.grain not in grain_in:
                continue
            return mention
        return None

    def _undated_story_time(self, mention: Mention, *, before: int) -> bool:
        """Whether a point of unknown year that names its month or weekday is near enough to count from."""
        if not _names_its_day_or_month(mention.point):
            return False
        return len(_PARAGRAPH_BREAK.findall(self.text, mention.end, before)) <= _UNDATED_PARAGRAPHS

    def year_reference(self, *, before: int) -> Mention | None:
        """The point that gives an expression without a year its year.

        In a narrative, the last point with a known year; in news, only a month or day naming its
        year just before, in the same sentence ("between March 1990 and June").
        """
        if self.narrative:
            return self.reference(before=before)
        if not self.mentions:
            return None
        last = self.mentions[-1]
        near = before - last.end <= _YEAR_REACH and last.sentence == self.sentence(before)
        dated = last.explicit_year and last.point.month is not None  # "March 1990", not "1990"
        return last if near and dated and last.point.year is not None else None


def _names_its_day_or_month(point: Point) -> bool:
    """Whether a point of unknown year still names a month or a weekday ("14 June", "Saturday", "April")."""
    return point.grain in ("day", "month") and (point.month is not None or point.weekday is not None)


def _is_narrative(document_date: dt.date | None, years: list[int], deictic: int) -> bool:
    if document_date is None:
        return False
    if len(years) < _NARRATIVE_YEARS or deictic > _NARRATIVE_DEICTIC_SHARE * len(years):
        return False
    distance = _LONG_HISTORY_DISTANCE if len(years) >= _LONG_HISTORY_YEARS else _NARRATIVE_DISTANCE
    far = sum(year <= document_date.year - distance for year in years)
    return far / len(years) >= _NARRATIVE_SHARE
