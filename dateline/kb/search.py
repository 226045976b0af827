"""Facts filtered across articles: by entity, predicate, date range, source, polarity and certainty."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, Select, false, func, or_, select, union

from dateline.errors import InputError, NotFoundError
from dateline.kb.facts import KbFact, load_facts
from dateline.store import tables as t

__all__ = ["FactFilter", "search_facts"]


@dataclass(frozen=True)
class FactFilter:
    """What to keep; every field left as None keeps everything.

    ``source`` is ``author`` (facts the article states itself), ``anonymous`` (facts from anonymous
    sources), or words of the source's text (``insider``, ``a spokesperson``), of the name of the entity
    the source resolves to (``Carla`` for "her spokesperson", Carla Benn), or of the outlet it spoke through
    (``Pop Ledger`` for "a friend told Pop Ledger"), case-insensitive.
    ``start`` / ``end`` bound the fact's date (its own time, else its article's date), inclusive.
    ``entity_id`` keeps the facts it takes part in, is the object of, or happened at (its place: the
    facts "in Cannes" are Cannes's too); ``place_id`` only those that happened at that entity.
    """

    entity_id: int | None = None
    place_id: int | None = None
    predicate: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    source: str | None = None
    polarity: str | None = None
    certainty: str | None = None
    document_id: str | None = None


def _like(value: str) -> str:
    escaped = value.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_facts(connection: Connection, where: FactFilter, *, limit: int = 100, offset: int = 0) -> list[KbFact]:
    """The facts that pass ``where``, by date (undated last), then by key."""
    _check_filter(connection, where)
    f, d, a = t.facts, t.documents, t.attributions
    day = func.coalesce(f.c.time_start, d.c.date)
    query = select(f.c.key).join(d, d.c.id == f.c.document_id).outerjoin(a, a.c.key == f.c.attribution_key)
    if where.entity_id is not None:
        index = t.canonical_facts
        involved = select(index.c.fact_key).where(index.c.canonical_id == where.entity_id)
        query = query.where(f.c.key.in_(union(involved, _facts_at(where.entity_id))))
    if where.place_id is not None:
        query = query.where(f.c.key.in_(_facts_at(where.place_id)))
    if where.predicate is not None:
        query = query.where(f.c.predicate == where.predicate)
    if where.start is not None:
        query = query.where(day >= where.start)
    if where.end is not None:
        query = query.where(day <= where.end)
    if where.polarity is not None:
        query = query.where(f.c.polarity == where.polarity)
    if where.certainty is not None:
        query = query.where(f.c.certainty == where.certainty)
    if where.document_id is not None:
        query = query.where(f.c.document_id == where.document_id)
    if where.source is not None:
        query = query.where(_source_clause(where.source))
    query = query.order_by(day.asc().nulls_last(), f.c.key).limit(limit).offset(offset)
    return load_facts(connection, list(connection.execute(query).scalars()))


def _facts_at(canonical_id: int) -> Select[tuple[str]]:
    """The facts whose place is one of the entity's document entities. Not in the fact index, which holds
    an entity's own facts (its timeline, statements and contradictions), not every fact that happened there."""
    f, links = t.facts, t.entity_links
    members = select(links.c.entity_key).where(links.c.canonical_id == canonical_id)
    return select(f.c.key).where(f.c.place_entity_key.in_(members))


def _check_filter(connection: Connection, where: FactFilter) -> None:
    """A predicate no fact has (``marry``, ``marriage``) is an InputError naming those the facts have, and
    a document not stored a NotFoundError: either answered an empty list, read as "no such facts"."""
    f = t.facts
    stored = select(t.documents.c.id).where(t.documents.c.id == where.document_id)
    if where.document_id is not None and connection.execute(stored).first() is None:
        raise NotFoundError(f"no document with id {where.document_id!r}")
    if where.predicate is None:
        return
    if connection.execute(select(f.c.predicate).where(f.c.predicate == where.predicate).limit(1)).first() is None:
        known = list(connection.execute(select(f.c.predicate).distinct().order_by(f.c.predicate)).scalars())
        if known:  # an empty store has no facts of any predicate: nothing is unknown
            raise InputError(f"no fact has the predicate {where.predicate!r}: the facts have {', '.join(known)}")


def _source_clause(source: str) -> ColumnElement[bool]:
    f, a = t.facts, t.attributions
    wanted = source.strip().casefold()
    if wanted == "author":
        return f.c.asserted_by == "author"
    if wanted == "anonymous":
        return a.c.anonymous.is_(True)
    if not wanted:
        return false()
    return or_(
        func.lower(a.c.source_text).like(_like(wanted), escape="\\"),
        a.c.source_entity_key.in_(_entities_named(wanted, "source_entity_key")),
        a.c.via_entity_key.in_(_entities_named(wanted, "via_entity_key")),
    )


def _entities_named(words: str, role: str) -> Select[tuple[str]]:
    """The entities in the attributions' ``role`` column (their sources, or the outlets they spoke through)
    whose canonical entity's name, or their own name when they are not linked to one, holds ``words``: the
    names the fact tables show ("Carla Benn" for "her spokesperson"). Read from the attributions (by the
    column's index), not from every entity: the store's entities are several times its sources, and a
    name's words match no index, so each was read (23 -> 4 ms a query on news-dev + seed)."""
    e, links, canonical = t.entities, t.entity_links, t.canonical_entities
    a = t.attributions.alias("sources")  # not the facts' own attribution, which the outer query joins
    column = a.c[role]
    shown = func.lower(func.coalesce(canonical.c.name, e.c.name))
    return (
        select(column)
        .join(e, e.c.key == column)
        .outerjoin(links, links.c.entity_key == column)
        .outerjoin(canonical, canonical.c.id == links.c.canonical_id)
        .where(shown.like(_like(words), escape="\\"))
    )
