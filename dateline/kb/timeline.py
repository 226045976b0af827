"""An entity's facts in time order."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel
from sqlalchemy import Connection, select

from dateline.kb.facts import KbFact, load_facts, precision_of
from dateline.store import tables as t

__all__ = ["TimelineItem", "timeline"]


class TimelineItem(BaseModel):
    """One fact on an entity's timeline."""

    date: str | None
    """The fact's time as the text gave it (a TIMEX3 value), or its article's date when undated."""
    precision: str | None
    dated_by: str
    """'text' when the article dates the fact, 'article' when the article's date stands in."""
    start: dt.date | None
    end: dt.date | None
    predicate: str
    others: list[str]
    object: str | None
    object_text: str | None = None
    """What the fact is about when the text names no entity for it: an award kept as text ("best actress")."""
    as_object: bool = False
    """The entity is the fact's object, not a participant: on Ray's timeline, "Jerry Digney works_for" Ray."""
    place: str | None
    valid_from: str | None
    valid_to: str | None
    polarity: str
    certainty: str
    tense: str | None = None
    """past, present or future (a plan or prediction), or None when unknown."""
    source: str
    anonymous_source: bool
    trigger: str
    document_id: str
    document_title: str | None
    document_date: dt.date | None
    evidence: tuple[int, int]
    fact: str

    @classmethod
    def from_fact(cls, fact: KbFact, *, entity_id: int) -> TimelineItem:
        dated = fact.time_start is not None
        value = fact.time if dated else (fact.document_date.isoformat() if fact.document_date else None)
        others = [name for cid, name in zip(fact.participants, fact.participant_names) if cid != entity_id]
        return cls(
            date=value,
            precision=precision_of(value),
            dated_by="text" if dated else "article",
            start=fact.time_start if dated else fact.document_date,
            end=fact.time_end if dated else fact.document_date,
            predicate=fact.predicate,
            others=others,
            object=fact.object_name if fact.object != entity_id else None,
            object_text=fact.arguments.get("object_text") or None,
            as_object=fact.object == entity_id and entity_id not in fact.participants,
            place=fact.place_name,
            valid_from=fact.valid_from,
            valid_to=fact.valid_to,
            polarity=fact.polarity,
            certainty=fact.certainty,
            tense=fact.tense,
            source=fact.source.label(),
            anonymous_source=fact.source.anonymous,
            trigger=fact.trigger,
            document_id=fact.document_id,
            document_title=fact.document_title,
            document_date=fact.document_date,
            evidence=(fact.evidence_start, fact.evidence_end),
            fact=fact.key,
        )


def timeline(
    connection: Connection,
    entity_id: int,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[TimelineItem]:
    """The facts about ``entity_id`` ordered by when they happened (undated: by article date).

    ``start`` / ``end`` keep facts whose date falls in that range (inclusive).
    """
    index = t.canonical_facts
    query = select(index.c.fact_key).where(index.c.canonical_id == entity_id)
    if start is not None:
        query = query.where(index.c.sort_date >= start)
    if end is not None:
        query = query.where(index.c.sort_date <= end)
    query = query.order_by(index.c.sort_date.asc().nulls_last(), index.c.fact_key).limit(limit).offset(offset)
    keys = list(connection.execute(query).scalars())
    facts = sorted(load_facts(connection, keys), key=_reading_order)
    return [TimelineItem.from_fact(fact, entity_id=entity_id) for fact in facts]


def _reading_order(fact: KbFact) -> tuple[bool, dt.date, str, int]:
    """The page's facts by date, and those of one date (or undated) article by article in the order of
    its text. The index orders ties by fact key, a string ("F10" before "F9"): that keeps pages apart,
    but is no order a reader knows."""
    day = fact.sort_date
    return (day is None, day or dt.date.min, fact.document_id, fact.evidence_start)
