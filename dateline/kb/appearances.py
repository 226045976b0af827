"""Where an entity appears: the articles that mention it and the attributes they state about it."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel
from sqlalchemy import Connection, Select, func, select

from dateline.store import tables as t

__all__ = ["EntityDocument", "StatedAttribute", "canonical_ids", "entity_documents", "stated_attributes"]


class EntityDocument(BaseModel):
    """An article that mentions an entity, with the names it uses for it."""

    document_id: str
    title: str | None
    date: dt.date | None
    source: str | None
    names: list[str]
    mentions: int


class StatedAttribute(BaseModel):
    """An attribute of an entity as one article states it (an age, a birth interval, an occupation ...)."""

    name: str
    value: str
    as_of: dt.date | None
    interval: str | None
    document_id: str
    document_title: str | None
    evidence: tuple[int, int]


def _member_keys(entity_id: int) -> Select[tuple[str]]:
    return select(t.entity_links.c.entity_key).where(t.entity_links.c.canonical_id == entity_id)


def entity_documents(connection: Connection, entity_id: int) -> list[EntityDocument]:
    """The articles that mention the entity, newest first (undated last)."""
    e, d, m = t.entities, t.documents, t.mentions
    mention_count = select(func.count()).where(m.c.entity_key == e.c.key).scalar_subquery()
    query = (
        select(e.c.document_id, e.c.name, d.c.title, d.c.date, d.c.source, mention_count.label("mentions"))
        .join(d, d.c.id == e.c.document_id)
        .where(e.c.key.in_(_member_keys(entity_id)))
        .order_by(d.c.date.desc().nulls_last(), e.c.document_id, e.c.name)
    )
    found: dict[str, EntityDocument] = {}
    for row in connection.execute(query):
        item = found.get(row.document_id)
        if item is None:
            found[row.document_id] = EntityDocument(
                document_id=row.document_id, title=row.title, date=row.date, source=row.source,
                names=[row.name], mentions=row.mentions,
            )
        else:
            item.names.append(row.name)
            item.mentions += row.mentions
    return list(found.values())


def stated_attributes(connection: Connection, entity_id: int) -> list[StatedAttribute]:
    """Every attribute the articles state about the entity, by name, then as-of date."""
    a, e, d = t.entity_attributes, t.entities, t.documents
    query = (
        select(a.c.name, a.c.value, a.c.as_of, a.c.interval, a.c.start, a.c.end, e.c.document_id, d.c.title)
        .join(e, e.c.key == a.c.entity_key)
        .join(d, d.c.id == e.c.document_id)
        .where(a.c.entity_key.in_(_member_keys(entity_id)))
        .order_by(a.c.name, a.c.as_of.asc().nulls_last(), e.c.document_id, a.c.start)
    )
    return [
        StatedAttribute(
            name=row.name, value=row.value, as_of=row.as_of, interval=row.interval, document_id=row.document_id,
            document_title=row.title, evidence=(row.start, row.end),
        )
        for row in connection.execute(query)
    ]


def canonical_ids(connection: Connection, document_id: str) -> dict[str, int]:
    """The canonical entity of each entity of a document: local id (``E1``) -> canonical id."""
    e, links = t.entities, t.entity_links
    query = (
        select(e.c.local_id, links.c.canonical_id)
        .join(links, links.c.entity_key == e.c.key)
        .where(e.c.document_id == document_id)
    )
    return {row.local_id: row.canonical_id for row in connection.execute(query)}
