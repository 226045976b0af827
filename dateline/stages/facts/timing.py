"""Attaching time expressions to facts through the parse.

A time expression hangs from the word its phrase modifies ("married in 2011" -> married, "two
years later" -> divorced, "Charles' death in June 2004" -> death). A fact takes the time attached
to its trigger or to the words that carry the trigger's clause (the verb a noun trigger is the
object of, the perception verb of "were spotted dining out"), or to the phrases of their
prepositions and the fact's object ("the Guardian First Book Award 2004"); when several are
attached, the most precise one. A "when" clause on a time takes that time ("in 1997, when ...").
A clause introduced by "before" or "after" with no time of its own takes its main clause's
time, marked approximate.

Only values that say something on their own are used: a year, a month or a day, possibly with an
unknown year ("XXXX-12"); "PRESENT_REF" becomes the document date when there is one. Bare
unknown years ("this year" in an undated article) and week days without a date are not times of a
fact.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.model import Time

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["AttachedTime", "TimeAttacher"]

_USABLE = re.compile(r"(\d{4}|XXXX)(-(\d{2}|SP|SU|FA|WI|Q[1-4]|H[12])(-\d{2})?)?|\d{3}")
#: Words a time phrase passes through on its way to the word it modifies ("back in February").
_THROUGH = frozenset({"ADP", "ADV", "SCONJ", "PART"})
#: Clause links through which a trigger's clause is carried by another word.
_CARRIERS = frozenset({"xcomp", "acomp", "oprd"})
_APPROXIMATE_MARKS = frozenset({"before", "after", "when", "as"})
#: Relations by which a copula predicates a description of its subject ("she became his wife").
_PREDICATIVE = frozenset({"attr", "acomp", "oprd"})
#: Words of a name that a time phrase after it may be hung on.
_NAME_PARTS = frozenset({"compound", "nummod", "appos"})
#: Prepositions that introduce a time ("in March", "on 12 May"); "of" is not one ("the Buds of May").
_TEMPORAL_PREPOSITIONS = frozenset({"in", "on", "at", "during", "by", "until", "since", "from", "before", "after"})
#: Words by which a stretch of time puts an event that far from its clause's time ("in 1991, ten years
#: after his death": the death is ten years before 1991), with the direction from the clause to the event.
_OFFSET_WORDS = {"after": -1, "before": 1}
_YEARS = re.compile(r"P(\d+)Y")


@dataclass(frozen=True)
class AttachedTime:
    """A time of a fact: its normalised value, the time expression's id, and whether it is approximate."""

    value: str
    time_id: str
    approximate: bool = False
    introduced: bool = False  # by a temporal preposition of its own ("in March")


def _value(time: Time, *, document_date: dt.date | None) -> str | None:
    value = time.resolved or time.value
    if value == "PRESENT_REF":
        return document_date.isoformat() if document_date else None
    if not _USABLE.fullmatch(value) or value == "XXXX":
        return None
    return value


def _introduced(span: Span) -> bool:
    """Whether a temporal preposition right before the expression introduces it ("in March")."""
    head = span.root.head
    return head.i == span.start - 1 and head.pos_ == "ADP" and head.lower_ in _TEMPORAL_PREPOSITIONS


def _purposes(carriers: Sequence[Token]) -> list[Token]:
    """The infinitives of purpose with no subject of their own on the trigger's carriers: a time the
    parser hung on one is the event's ("performed at a concert to celebrate the anniversary in
    September")."""
    return [
        clause for token in carriers for clause in token.children
        if clause.dep_ == "advcl" and clause.tag_ == "VB"
        and any(child.dep_ == "aux" and child.lower_ == "to" for child in clause.children)
        and not any(child.dep_ in ("nsubj", "nsubjpass", "mark") for child in clause.children)
    ]


def _defined_by_clause(span: Span) -> bool:
    """Whether a time with no date of its own is the one a relative clause on it defines ("the year he was
    nominated", "the day they met"): its value, read from the times named before, is not that time ("in
    1997, when ..." names its own)."""
    return not any(token.like_num for token in span) and any(child.dep_ == "relcl" for child in span.root.children)


def _precision(value: str) -> int:
    return len(value.replace("X", ""))


class TimeAttacher:
    """The usable time expressions of a document, by the token each one modifies."""

    def __init__(self, doc: Doc, times: list[Time], *, document_date: dt.date | None) -> None:
        self._by_token: dict[int, list[AttachedTime]] = {}
        self._inside: dict[int, AttachedTime] = {}
        self._durations: dict[int, Time] = {}
        self._times = {time.id: time for time in times}
        self._document_date = document_date
        for time in times:
            if time.type == "DURATION":
                span = doc.char_span(time.start, time.end, alignment_mode="expand")
                self._durations.update({token.i: time for token in span or ()})
            value = _value(time, document_date=document_date)
            span = doc.char_span(time.start, time.end, alignment_mode="expand")
            if value is None or span is None or len(span) == 0 or _defined_by_clause(span):
                continue
            attached = AttachedTime(value, time.id, introduced=_introduced(span))
            target = self._attachment(span.root, first=span.start, last=span.end - 1)
            self._by_token.setdefault(target.i, []).append(attached)
            for token in span:
                self._inside[token.i] = attached

    @staticmethod
    def _attachment(root: Token, *, first: int, last: int) -> Token:
        node = root
        while node.head.i != node.i and (first <= node.head.i <= last or node.head.pos_ in _THROUGH):
            node = node.head
        return node.head if node.head.i != node.i else node

    def at(self, token: Token) -> list[AttachedTime]:
        """The times attached to ``token``."""
        return self._by_token.get(token.i, [])

    def for_trigger(self, head: Token, *, extra: Sequence[Token] = (), description: bool = False) -> AttachedTime | None:
        """The most precise time attached to the trigger ``head``, to its carriers or to the
        phrases of its prepositions ("won at the festival in 2002"), or to ``extra`` tokens (the
        object: "the Guardian First Book Award 2004"); else the time a "when" clause hangs from
        ("in 1997, when Titanic took home 11 Oscars"); else its main clause's, approximately.

        A ``description`` inside a noun phrase ("his wife", "Ukrainian singer X") is presupposed: the
        time of the clause around it is not its own ("In 1969 he moved to Nassau with his wife": not
        married in 1969), so only its own phrase's times count, unless a copula predicates it ("she
        became his wife in 2011")."""
        if description and head.dep_ not in _PREDICATIVE:
            return self._own_time(head, extra=extra)
        offset = self._offset(head)
        if offset is not None:
            own = self._own_time(head, extra=extra, besides=offset[0].id)
            return self._shifted(*offset) or own
        carriers = self._carriers(head)
        phrases = [pobj for token in carriers for prep in token.children if prep.dep_ == "prep"
                   for pobj in prep.children if pobj.dep_ == "pobj"]
        # a time the parser hung on a word of the phrase's name ("on ITV Two in October", on "Two")
        phrases += [word for pobj in phrases for word in pobj.children if word.dep_ in _NAME_PARTS]
        candidates = [time for token in carriers for time in self.at(token)]
        # in a phrase or a name, a year ("at the festival in 2002", "the 2005 Sundance festival") or a
        # time with a preposition of its own ("screened on the channel in March"), not a bare month
        # that may be a word of a title ("The Darling Buds of May")
        candidates += [t for token in (*phrases, *extra) for t in self.at(token) if t.value[:1].isdigit() or t.introduced]
        if candidates:
            return max(candidates, key=lambda time: _precision(time.value))
        purposes = [t for clause in _purposes(carriers) for t in self.at(clause) if t.introduced]
        if purposes:
            return max(purposes, key=lambda time: _precision(time.value))
        for token in carriers:
            if token.dep_ in ("relcl", "acl") and token.head.i in self._inside:
                return self._inside[token.head.i]
        return self._from_main_clause(head)

    def _offset(self, head: Token) -> tuple[Time, int] | None:
        """The stretch of time and its direction when the trigger's phrase or clause is what a duration is
        counted from ("ten years after his death", "a month before he died"): the clause's time is not the
        event's but that far from it."""
        if head.dep_ == "pobj" and head.head.lower_ in _OFFSET_WORDS:
            word, stretches = head.head, list(head.head.children)
        else:
            marks = [child for child in head.children if child.dep_ == "mark" and child.lower_ in _OFFSET_WORDS]
            if not marks:
                return None
            word, stretches = marks[0], [*head.children, *marks[0].children]
        for stretch in stretches:
            if stretch.dep_ == "npadvmod" and (duration := self._durations.get(stretch.i)) is not None:
                return duration, _OFFSET_WORDS[word.lower_]
        return None

    def _shifted(self, duration: Time, direction: int) -> AttachedTime | None:
        """The year a count of years puts the event at from the clause's year ("in 1991, ten years after his
        death": 1981); None for other stretches, or with no year to count from."""
        anchor = self._times.get(duration.anchor or "")
        years = _YEARS.fullmatch(duration.value)
        value = _value(anchor, document_date=self._document_date) if anchor is not None else None
        if years is None or value is None or not value[:4].isdigit():
            return None
        return AttachedTime(str(int(value[:4]) + direction * int(years.group(1))), duration.id)

    def _own_time(self, head: Token, *, extra: Sequence[Token], besides: str = "") -> AttachedTime | None:
        """The most precise time attached to ``head`` itself, to its prepositions' phrases ("director of
        La Fenice since 2002") or to ``extra`` tokens ("his 1962 album X"), other than the time ``besides``."""
        phrases = [pobj for prep in head.children if prep.dep_ == "prep" for pobj in prep.children if pobj.dep_ == "pobj"]
        candidates = [*self.at(head)]
        candidates += [t for token in (*phrases, *extra) for t in self.at(token) if t.value[:1].isdigit() or t.introduced]
        candidates = [time for time in candidates if time.time_id != besides]
        return max(candidates, key=lambda time: _precision(time.value)) if candidates else None

    @staticmethod
    def _carriers(head: Token) -> list[Token]:
        carriers = [head]
        node = head
        if node.pos_ in ("NOUN", "PROPN") and node.dep_ == "pobj" and node.head.dep_ == "prep":
            node = node.head
        if node.dep_ in ("dobj", "attr", "prep") and node.head.pos_ in ("VERB", "AUX"):
            carriers.append(node.head)  # "won the prize in 2002", "made the shortlist in 2004"
        elif node.pos_ in ("ADV", "ADP") and node.dep_ == "advmod" and node.head.pos_ in ("VERB", "AUX"):
            carriers.append(node.head)  # "is out in the UK on 11 February"
        elif node.dep_ == "nsubj" and node.head.lemma_ in ("be", "include"):
            carriers.append(node.head)  # "previous winners include X, in 2000"
        while node.dep_ in _CARRIERS and node.head.i != node.i:
            node = node.head
            carriers.append(node)
        return carriers

    def _from_main_clause(self, head: Token) -> AttachedTime | None:
        clause = head
        while clause.dep_ not in ("advcl", "ROOT") and clause.head.i != clause.i and clause.pos_ != "VERB":
            clause = clause.head
        if clause.dep_ != "advcl" or not any(c.lower_ in _APPROXIMATE_MARKS for c in clause.children):
            return None
        main = [time for time in self.at(clause.head)]
        if not main:
            return None
        best = max(main, key=lambda time: _precision(time.value))
        return AttachedTime(best.value, best.time_id, approximate=True)
