"""Facts as the knowledge base sees them: with canonical participants, their source and their article."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Connection, Select, select

from dateline.kb.rules import kb_rules
from dateline.kb.statement_key import StatementKey
from dateline.store import tables as t

__all__ = ["KbFact", "SourceInfo", "load_facts", "precision_of"]


class SourceInfo(BaseModel):
    """Who asserts a fact: the article's author, or a (possibly anonymous) source via an outlet."""

    kind: str  # "author" or "attribution"
    text: str | None = None
    anonymous: bool = False
    crowd: bool = False
    entity: str | None = None
    via: str | None = None
    attribution: str | None = None

    def label(self) -> str:
        """A short human label: 'author', 'One insider (anonymous) via StarWatch.com', 'fans (crowd)' ..."""
        if self.kind == "author":
            return "author"
        label = self.entity or self.text or "unnamed source"
        if self.crowd and _talk_not_people(label):
            label = "public speculation"
        if self.crowd:
            label += " (crowd)"
        elif self.anonymous:
            label += " (anonymous)"
        return f"{label} via {self.via}" if self.via else label


def _talk_not_people(source: str) -> bool:
    """Whether a crowd source's last word names talk ("tongues", "the rumour mill") rather than people."""
    return source.split()[-1].lower() in kb_rules().crowd_talk_words


class KbFact(BaseModel):
    """One stored fact with everything the knowledge-base queries need."""

    key: str
    document_id: str
    document_title: str | None
    document_date: dt.date | None
    predicate: str
    participants: list[int]
    participant_names: list[str]
    object: int | None = None
    object_name: str | None = None
    place: int | None = None  # the canonical id of where it happened ("married ... in the Algarve")
    place_name: str | None = None
    time: str | None = None
    time_start: dt.date | None = None
    time_end: dt.date | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    polarity: str
    certainty: str
    tense: str | None = None
    source: SourceInfo
    trigger: str
    evidence_start: int
    evidence_end: int
    arguments: dict[str, str] = {}

    @property
    def sort_date(self) -> dt.date | None:
        """When the fact happened, else when its article was published."""
        return self.time_start or self.document_date

    @property
    def statement_key(self) -> StatementKey:
        """What the fact says, apart from who says it and how sure: its predicate as compared (kb.yaml
        ``statement_of``: dating -> romance), participants, and object, or the object's text when it has none;
        an award's year too, when the fact gives one (kb.yaml ``yearly_predicates``)."""
        text = self.arguments.get("object_text")
        return StatementKey.of(kb_rules().statement(self.predicate), self.participants, self.object, text, self.time)

    @property
    def statement(self) -> str:
        """The statement key as the fact index stores it (:class:`StatementKey`)."""
        return self.statement_key.to_string()

    @property
    def status(self) -> str:
        """denied (negative); confirmed (certain, by the author or a named source), or planned when it is in
        the future tense ("will marry": announced, not yet happened); else speculated."""
        if self.polarity == "negative":
            return "denied"
        if self.certainty == "certain" and not self.source.anonymous:
            return "planned" if self.future else "confirmed"
        return "speculated"

    @property
    def future(self) -> bool:
        """Is the fact said in the future tense: a plan or a prediction, not an event that has happened?"""
        return self.tense == "future"


def precision_of(value: str | None) -> str | None:
    """The granularity a TIMEX3 value gives: day, month, year, week, season, quarter, decade ..."""
    if not value:
        return None
    if "T" in value and value[:4].isdigit():
        return "time"
    if len(value) == 10 and value[4] == "-":
        return "day"
    if len(value) == 7 and value[5:].isdigit():
        return "month"
    if "-W" in value:
        return "weekend" if value.endswith("WE") else "week"
    if value[-2:] in ("SP", "SU", "FA", "WI"):
        return "season"
    if "-Q" in value:
        return "quarter"
    if value.isdigit():
        return {4: "year", 3: "decade", 2: "century"}.get(len(value))
    return None


def _fact_query() -> Select[Any]:
    f, d, a = t.facts, t.documents, t.attributions
    return (
        select(
            f.c.key, f.c.document_id, d.c.title.label("document_title"), d.c.date.label("document_date"),
            f.c.predicate, f.c.object_entity_key, f.c.place_entity_key, f.c.time, f.c.time_start, f.c.time_end,
            f.c.valid_from, f.c.valid_to, f.c.polarity, f.c.certainty, f.c.tense, f.c.asserted_by, f.c.trigger_text,
            f.c.evidence_start, f.c.evidence_end, f.c.arguments,
            a.c.source_text, a.c.anonymous, a.c.crowd, a.c.source_entity_key, a.c.via_entity_key,
        )
        .join(d, d.c.id == f.c.document_id)
        .outerjoin(a, a.c.key == f.c.attribution_key)
    )


def load_facts(connection: Connection, fact_keys: Sequence[str]) -> list[KbFact]:
    """The facts with these keys, in the order given, with canonical ids and names resolved."""
    if not fact_keys:
        return []
    rows: list[Any] = []
    for offset in range(0, len(fact_keys), 500):
        chunk = list(fact_keys[offset : offset + 500])
        rows.extend(connection.execute(_fact_query().where(t.facts.c.key.in_(chunk))))
    participants: dict[str, list[str]] = defaultdict(list)
    for offset in range(0, len(fact_keys), 500):
        chunk = list(fact_keys[offset : offset + 500])
        query = (
            select(t.fact_participants.c.fact_key, t.fact_participants.c.entity_key)
            .where(t.fact_participants.c.fact_key.in_(chunk))
            .order_by(t.fact_participants.c.fact_key, t.fact_participants.c.position)
        )
        for row in connection.execute(query):
            participants[row.fact_key].append(row.entity_key)
    entity_keys = {key for keys in participants.values() for key in keys}
    for row in rows:
        entity_keys.update(k for k in (row.object_entity_key, row.place_entity_key, row.source_entity_key, row.via_entity_key) if k)
    canonical = _canonical_of(connection, sorted(entity_keys))
    order = {key: index for index, key in enumerate(fact_keys)}
    facts = [_fact(row, participants[row.key], canonical) for row in rows]
    return sorted(facts, key=lambda fact: order[fact.key])


def _canonical_of(connection: Connection, entity_keys: list[str]) -> dict[str, tuple[int | None, str]]:
    """entity key -> (canonical id, display name); unlinked entities keep their document name."""
    found: dict[str, tuple[int | None, str]] = {}
    for offset in range(0, len(entity_keys), 500):
        chunk = entity_keys[offset : offset + 500]
        query = (
            select(t.entities.c.key, t.entities.c.name, t.canonical_entities.c.id, t.canonical_entities.c.name.label("canonical_name"))
            .outerjoin(t.entity_links, t.entity_links.c.entity_key == t.entities.c.key)
            .outerjoin(t.canonical_entities, t.canonical_entities.c.id == t.entity_links.c.canonical_id)
            .where(t.entities.c.key.in_(chunk))
        )
        for row in connection.execute(query):
            found[row.key] = (row.id, row.canonical_name or row.name)
    return found


def _fact(row: Any, participant_keys: list[str], canonical: dict[str, tuple[int | None, str]]) -> KbFact:
    def name(key: str | None) -> str | None:
        return canonical[key][1] if key and key in canonical else None

    def ident(key: str | None) -> int | None:
        return canonical[key][0] if key and key in canonical else None

    source = (
        SourceInfo(kind="author")
        if row.asserted_by == "author"
        else SourceInfo(
            kind="attribution",
            text=row.source_text,
            anonymous=bool(row.anonymous),
            crowd=bool(row.crowd),
            entity=name(row.source_entity_key),
            via=name(row.via_entity_key),
            attribution=row.asserted_by,
        )
    )
    ids = [ident(key) for key in participant_keys]
    return KbFact(
        key=row.key,
        document_id=row.document_id,
        document_title=row.document_title,
        document_date=row.document_date,
        predicate=row.predicate,
        participants=[i for i in ids if i is not None],
        participant_names=[name(key) or "" for key in participant_keys],
        object=ident(row.object_entity_key),
        object_name=name(row.object_entity_key),
        place=ident(row.place_entity_key),
        place_name=name(row.place_entity_key),
        time=row.time,
        time_start=row.time_start,
        time_end=row.time_end,
        valid_from=row.valid_from,
        valid_to=row.valid_to,
        polarity=row.polarity,
        certainty=row.certainty,
        tense=row.tense,
        source=source,
        trigger=row.trigger_text,
        evidence_start=row.evidence_start,
        evidence_end=row.evidence_end,
        arguments=row.arguments or {},
    )
