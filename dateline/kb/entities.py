"""Canonical entities: listing, finding by name, and the user's corrections (merge, split)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Connection, Integer, func, insert, or_, select, update

from dateline.errors import InputError, NotFoundError
from dateline.kb.index import facts_of_entities, index_facts
from dateline.kb.names import display_quality, name_key
from dateline.store import tables as t

__all__ = [
    "CanonicalEntity",
    "EntityLink",
    "canonical_entity",
    "find_entity",
    "get_entity",
    "list_entities",
    "merge_entities",
    "members_of",
    "move_names",
    "namesakes",
    "split_entity",
]


class CanonicalEntity(BaseModel):
    """One real-world entity across articles."""

    id: int
    name: str
    type: str
    aliases: list[str]
    documents: int
    mentions: int
    birth_interval: str | None = None
    attributes: dict[str, list[str]] = {}


class EntityLink(BaseModel):
    """A document entity linked to a canonical entity, with the reasons recorded for the merge."""

    entity_key: str
    document_id: str
    name: str
    rule: str
    score: float
    reasons: dict[str, Any]


#: Markers the resolver keeps in a profile to decide merges, not things the articles say of the entity: a
#: heading's word, a place of mixed senses, a surname cut from a longer name, a given name listed among whole
#: names (kb19), a lone surname that is another type's whole name. Shown as attributes they read as facts
#: ("listed: zoe", "cut_from: jk rowling"); the merge reasons (`dateline entity`) still name them.
RESOLUTION_MARKERS = frozenset({"heading", "mixed_senses", "cut_from", "listed", "named_otherwise", "paired_given_name"})


def canonical_entity(row: Any) -> CanonicalEntity:
    """The entity of one row of the canonical_entities table."""
    profile = row.profile or {}
    seen = profile.get("names_seen", {})
    birth = f"{row.birth_from}/{row.birth_to}" if row.birth_from and row.birth_to else None
    return CanonicalEntity(
        id=row.id,
        name=row.name,
        type=row.type,
        aliases=sorted((name for name in seen if name != row.name), key=lambda n: (-seen[n], n)),
        documents=row.documents,
        mentions=row.mentions,
        birth_interval=birth,
        attributes={k: v for k, v in profile.get("attributes", {}).items() if k not in RESOLUTION_MARKERS},
    )


def list_entities(
    connection: Connection, *, name: str | None = None, type: str | None = None, limit: int = 100, offset: int = 0
) -> list[CanonicalEntity]:
    """Canonical entities, most documents first; ``name`` matches any of their names (case-insensitive), its
    ``%`` and ``_`` as written, not as wildcards. A name of no letter or digit (punctuation, spaces) is an
    InputError: its key was empty, which every name contains."""
    query = select(t.canonical_entities)
    if type:
        query = query.where(t.canonical_entities.c.type == type)
    if name:
        key = name_key(name)
        if not any(char.isalnum() for char in key):
            raise InputError(f"nothing to search for in the name {name!r}: give a letter or a digit of the name")
        ids = select(t.canonical_names.c.canonical_id).where(t.canonical_names.c.name_key.like(f"%{_escape(key)}%", escape="\\"))
        query = query.where(t.canonical_entities.c.id.in_(ids))
    # The id breaks ties (two "EastEnders" in as many documents): without it PostgreSQL listed them in
    # the order rows were last updated, unlike SQLite, and a page boundary between them could repeat one.
    entities = t.canonical_entities.c
    query = query.order_by(entities.documents.desc(), entities.name, entities.id).limit(limit).offset(offset)
    return [canonical_entity(row) for row in connection.execute(query)]


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def get_entity(connection: Connection, entity_id: int) -> CanonicalEntity:
    """One canonical entity by id."""
    row = connection.execute(select(t.canonical_entities).where(t.canonical_entities.c.id == entity_id)).first()
    if row is None:
        raise NotFoundError(f"no entity with id {entity_id}")
    return canonical_entity(row)


def find_entity(connection: Connection, name_or_id: str) -> CanonicalEntity:
    """The canonical entity a user means: an id, or a name (exact key first, then most documents)."""
    if name_or_id.isdigit():
        return get_entity(connection, int(name_or_id))
    found = namesakes(connection, name_or_id, limit=1)
    if not found:
        raise NotFoundError(f"no entity named {name_or_id!r}")
    return found[0]


def namesakes(connection: Connection, name: str, *, limit: int = 10) -> list[CanonicalEntity]:
    """The canonical entities that go by ``name``, the one :func:`find_entity` picks first (a full name
    before a surname, the name as written, then most documents), so a user can be told of the others."""
    ranked = (
        select(
            t.canonical_names.c.canonical_id,
            func.max((t.canonical_names.c.kind == "full").cast(Integer)).label("full"),
        )
        .where(t.canonical_names.c.name_key == name_key(name))
        .group_by(t.canonical_names.c.canonical_id)
        .subquery()
    )
    query = (
        select(t.canonical_entities)
        .join(ranked, ranked.c.canonical_id == t.canonical_entities.c.id)
        .order_by(
            ranked.c.full.desc(),
            (func.lower(t.canonical_entities.c.name) == name.casefold()).desc(),
            t.canonical_entities.c.documents.desc(),
            t.canonical_entities.c.id,
        )
        .limit(limit)
    )
    return [canonical_entity(row) for row in connection.execute(query)]


def entity_links(connection: Connection, entity_id: int) -> list[EntityLink]:
    """The document entities that make up a canonical entity, with why each was merged."""
    query = (
        select(t.entity_links, t.entities.c.document_id, t.entities.c.name)
        .join(t.entities, t.entities.c.key == t.entity_links.c.entity_key)
        .where(t.entity_links.c.canonical_id == entity_id)
        .order_by(t.entity_links.c.linked_at, t.entity_links.c.entity_key)
    )
    return [
        EntityLink(
            entity_key=row.entity_key, document_id=row.document_id, name=row.name, rule=row.rule, score=row.score,
            reasons=row.reasons,
        )
        for row in connection.execute(query)
    ]


def members_of(connection: Connection, entity_id: int) -> list[tuple[str, str]]:
    """The (document id, name) of each document entity linked to canonical entity ``entity_id``."""
    return [(link.document_id, link.name) for link in entity_links(connection, entity_id)]


def _record(connection: Connection, kind: str, pairs: list[tuple[tuple[str, str], tuple[str, str]]]) -> None:
    now = dt.datetime.now(dt.UTC)
    rows = [
        {"kind": kind, "document_a": a[0], "name_a": a[1], "document_b": b[0], "name_b": b[1], "created_at": now}
        for a, b in pairs
        if a != b
    ]
    if rows:
        connection.execute(insert(t.corrections), rows)


def merge_entities(connection: Connection, keep_id: int, other_id: int) -> CanonicalEntity:
    """Merge canonical entity ``other_id`` into ``keep_id``, and remember it across re-analysis."""
    keep, other = get_entity(connection, keep_id), get_entity(connection, other_id)
    if keep.id == other.id:  # two names of one entity: merging would delete it
        raise InputError(f"both name entity {keep.id} ({keep.name}): nothing to merge")
    anchor = members_of(connection, keep.id)[0]
    _record(connection, "merge", [(anchor, member) for member in members_of(connection, other.id)])
    reasons = {"rule": "user_merge", "with": keep.name}
    connection.execute(
        update(t.entity_links)
        .where(t.entity_links.c.canonical_id == other.id)
        .values(canonical_id=keep.id, rule="user_merge", score=1.0, reasons=reasons)
    )
    facts = facts_of_entities(connection, [keep.id, other.id])
    move_names(connection, other.id, keep.id)
    connection.execute(t.canonical_entities.delete().where(t.canonical_entities.c.id == other.id))
    index_facts(connection, facts)
    _recount(connection, keep.id)
    return get_entity(connection, keep.id)


def split_entity(connection: Connection, entity_id: int, *, documents: list[str]) -> CanonicalEntity:
    """Move the members of ``entity_id`` from ``documents`` into a new canonical entity; remember it."""
    entity = get_entity(connection, entity_id)
    members = members_of(connection, entity.id)
    moving = [member for member in members if member[0] in documents]
    staying = [member for member in members if member[0] not in documents]
    if not moving or not staying:
        raise NotFoundError(
            f"entity {entity.id} ({entity.name}) has no members in {', '.join(documents)}"
            if not moving
            else f"splitting off every document of entity {entity.id} would leave it empty"
        )
    _record(connection, "split", [(staying[0], member) for member in moving])
    _record(connection, "merge", [(moving[0], member) for member in moving[1:]])
    new_id = connection.execute(
        insert(t.canonical_entities)
        .values(name=moving[0][1], type=entity.type, documents=0, mentions=0, profile={})
        .returning(t.canonical_entities.c.id)
    ).scalar_one()
    moving_keys = select(t.entities.c.key).where(
        t.entities.c.key.in_(select(t.entity_links.c.entity_key).where(t.entity_links.c.canonical_id == entity.id)),
        or_(*[(t.entities.c.document_id == doc) & (t.entities.c.name == name) for doc, name in moving]),
    )
    connection.execute(
        update(t.entity_links)
        .where(t.entity_links.c.entity_key.in_(moving_keys))
        .values(canonical_id=new_id, rule="user_split", score=1.0, reasons={"rule": "user_split", "from": entity.name})
    )
    facts = facts_of_entities(connection, [entity.id])
    _rename(connection, entity.id)
    _rename(connection, new_id)
    index_facts(connection, facts)
    return get_entity(connection, new_id)


def move_names(connection: Connection, source: int, target: int) -> None:
    """Give canonical entity ``target`` the name keys of ``source`` that it lacks (the rest are dropped)."""
    names = t.canonical_names
    existing = select(names.c.name_key).where(names.c.canonical_id == target)
    connection.execute(names.delete().where(names.c.canonical_id == source, names.c.name_key.in_(existing)))
    connection.execute(update(names).where(names.c.canonical_id == source).values(canonical_id=target))


def _recount(connection: Connection, entity_id: int) -> None:
    links = select(t.entity_links.c.entity_key).where(t.entity_links.c.canonical_id == entity_id)
    documents = connection.execute(
        select(func.count(func.distinct(t.entities.c.document_id))).where(t.entities.c.key.in_(links))
    ).scalar_one()
    mentions = connection.execute(select(func.count()).where(t.mentions.c.entity_key.in_(links))).scalar_one()
    connection.execute(
        update(t.canonical_entities)
        .where(t.canonical_entities.c.id == entity_id)
        .values(documents=documents, mentions=mentions)
    )


def _rename(connection: Connection, entity_id: int) -> None:
    """Rebuild a canonical entity's names, display name and counts from its current members."""
    from dateline.kb.names import name_keys

    links = select(t.entity_links.c.entity_key).where(t.entity_links.c.canonical_id == entity_id)
    rows = connection.execute(
        select(t.entities.c.name, t.entities.c.type, t.entities.c.aliases).where(t.entities.c.key.in_(links))
    ).all()
    connection.execute(t.canonical_names.delete().where(t.canonical_names.c.canonical_id == entity_id))
    names: dict[str, str] = {}
    seen: dict[str, int] = {}
    for row in rows:
        keys = name_keys(row.name, row.aliases or [], person=row.type == "PERSON")
        names.update({key: "full" for key in keys.full})
        if keys.surname:
            names.setdefault(keys.surname, "surname")
        for key in keys.short:
            names.setdefault(key, "short")
        for key in keys.spelt:
            names.setdefault(key, "spelt")
        seen[row.name] = seen.get(row.name, 0) + 1
    if names:
        connection.execute(
            insert(t.canonical_names), [{"canonical_id": entity_id, "name_key": k, "kind": v} for k, v in names.items()]
        )
    profile = connection.execute(select(t.canonical_entities.c.profile).where(t.canonical_entities.c.id == entity_id)).scalar_one()
    values: dict[str, Any] = {"profile": dict(profile or {}, names_seen=seen)}
    if seen:
        values["name"] = max(seen, key=lambda n: (seen[n], display_quality(n)))
    connection.execute(update(t.canonical_entities).where(t.canonical_entities.c.id == entity_id).values(**values))
    _recount(connection, entity_id)
