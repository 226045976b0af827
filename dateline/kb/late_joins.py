"""Joins found late: a canonical entity resolved before the evidence that would have joined it to another.

Resolution is incremental, so a lone "Elvis" of an article resolved before any whole-named Elvis stays apart:
no one was known well then (kb.yaml `famous_given_names`), and an entity once resolved is not moved by later
articles. When a person comes to be that one whole-named bearer of a given name, the earlier lone given-name
entities are compared with them as if resolved now, and those that would join are joined, canonical entity
into canonical entity, with their names, profile and facts. So the merges do not depend on which article the
resolver read first.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, delete, or_, select, update

from dateline.kb import context as ctx
from dateline.kb.entities import members_of, move_names
from dateline.kb.names import NameKeys, name_key
from dateline.kb.profiles import CanonicalProfile, EntityEvidence, Match, intersect_intervals, is_given_name
from dateline.store import tables as t

__all__ = ["bearers_given_names", "evidence_of", "join_profiles", "kept_apart", "lone_given_name_entities", "move_members",
           "stale_given_name_members"]

#: A profile attribute marking a given name alone paired with another given name alone ("Will and Grace"): no
#: star's name, so it never joins a famous bearer, however late.
PAIRED = "paired_given_name"


def bearers_given_names(profiles: Iterable[CanonicalProfile]) -> set[str]:
    """The given names that start a whole name of these people ("elvis" of "elvis presley"): those whose famous
    bearer may have changed when these profiles did."""
    return {
        key.split()[0]
        for profile in profiles
        if profile.type == "PERSON"
        for key in profile.full_keys
        if " " in key and is_given_name(key.split()[0])
    }


def lone_given_name_entities(connection: Connection, given_names: set[str]) -> dict[str, list[int]]:
    """The people known by one of these given names alone and by no other name, oldest first, by given name."""
    if not given_names:
        return {}
    names, entities = t.canonical_names, t.canonical_entities
    givens = sorted(given_names)
    rows = connection.execute(
        select(names.c.name_key, entities.c.id)
        .join(entities, entities.c.id == names.c.canonical_id)
        .where(names.c.name_key.in_(givens), names.c.kind == "full", entities.c.type == "PERSON")
        .order_by(entities.c.id)
    ).all()
    if not rows:
        return {}
    # Read for these few entities only: a NOT IN over every other name would read the whole name table each article
    named_otherwise = set(connection.execute(
        select(names.c.canonical_id).where(names.c.canonical_id.in_([row.id for row in rows]), names.c.kind == "full",
                                           names.c.name_key.not_in(givens))
    ).scalars())
    found: dict[str, list[int]] = {}
    for row in rows:
        if row.id not in named_otherwise:
            found.setdefault(row.name_key, []).append(row.id)
    return found


def stale_given_name_members(connection: Connection, bearers: dict[str, int | None]) -> dict[int, list[str]]:
    """The members known by a given name alone of each person they were joined to by `given_name` who is no
    longer that name's famous bearer (``bearers``: given name -> its bearer now, None when no one is): the joins
    made when an earlier article let that person be known well ("Ray" to Ray Charles, before the store knew six
    other whole-named Rays). By canonical id, entity keys in link order; with a member joined so, the copies of
    the same lone name its entity had taken with it. One query for all the given names of an article."""
    if not bearers:
        return {}
    links, entities = t.entity_links, t.entities
    rows = connection.execute(
        select(links.c.canonical_id, links.c.rule, entities.c.key, entities.c.name)
        .join(entities, entities.c.key == links.c.entity_key)
        .where(links.c.canonical_id.in_(select(links.c.canonical_id).where(links.c.rule == "given_name")))
        .order_by(links.c.canonical_id, links.c.linked_at, entities.c.key)
    ).all()
    lone = [row for row in rows if (key := name_key(row.name)) in bearers and row.canonical_id != bearers[key]]
    joined = {row.canonical_id for row in lone if row.rule == "given_name"}
    found: dict[int, list[str]] = {}
    for row in lone:
        if row.canonical_id in joined:
            found.setdefault(row.canonical_id, []).append(row.key)
    return found


def evidence_of(lone: CanonicalProfile, given: str, bearer_id: int) -> EntityEvidence | None:
    """A lone given-name entity as the resolver would see it in a new article: its names, context, company and
    attributes, with ``bearer_id`` its given name's famous bearer. None when it was paired with another given
    name alone in an article ("Will and Grace")."""
    if PAIRED in lone.attributes:
        return None
    return EntityEvidence(
        key="",
        document_id="",
        name=given,
        type=lone.type,
        keys=NameKeys(main=given, full=frozenset({given}), surname=None),
        mentions=lone.mentions,
        birth=lone.birth,
        attributes={name: set(values) for name, values in lone.attributes.items()},
        neighbours=set(lone.neighbours),
        vector=lone.vector,
        famous_bearer=bearer_id,
    )


def kept_apart(connection: Connection, one: int, other: int) -> bool:
    """Whether a user split a member of one canonical entity from a member of the other (``dateline split``)."""
    mine, theirs = set(members_of(connection, one)), set(members_of(connection, other))
    corrections = t.corrections
    documents = sorted({document for document, _ in mine})
    rows = connection.execute(
        select(corrections).where(corrections.c.kind == "split", or_(corrections.c.document_a.in_(documents),
                                                                     corrections.c.document_b.in_(documents)))
    )
    for row in rows:
        a, b = (row.document_a, row.name_a), (row.document_b, row.name_b)
        if (a in mine and b in theirs) or (b in mine and a in theirs):
            return True
    return False


def join_profiles(bearer: CanonicalProfile, lone: CanonicalProfile) -> None:
    """Fold what the resolver knows of ``lone`` into ``bearer``: names, context (weighted by articles),
    company, attributes, birth interval and name forms. Counts are recounted when saved."""
    bearer.full_keys |= lone.full_keys
    bearer.surnames |= lone.surnames
    bearer.short_keys = (bearer.short_keys | lone.short_keys) - bearer.full_keys
    bearer.spelt_keys |= lone.spelt_keys
    bearer.vector = ctx.weighted_centroid(bearer.vector, bearer.documents, lone.vector, lone.documents)
    for name, count in lone.neighbours.items():
        bearer.neighbours[name] = bearer.neighbours.get(name, 0) + count
    for name, values in lone.attributes.items():
        bearer.attributes.setdefault(name, set()).update(values)
    birth = intersect_intervals(bearer.birth, lone.birth)
    bearer.birth = birth if birth else (bearer.birth or lone.birth)
    for shown, count in lone.names_seen.items():
        bearer.names_seen[shown] = bearer.names_seen.get(shown, 0) + count
    bearer.documents += lone.documents


def move_members(connection: Connection, lone_id: int, bearer_id: int, match: Match) -> None:
    """Link every member of canonical entity ``lone_id`` to ``bearer_id`` and delete the empty entity (its fact
    index rows go with it; the caller indexes its facts again). The member that started the lone entity now
    carries the late link's rule, score and reasons; the others keep theirs."""
    links = t.entity_links
    reasons: dict[str, Any] = {**match.reasons, "joined_later": True}
    connection.execute(
        update(links).where(links.c.canonical_id == lone_id, links.c.rule == "new")
        .values(canonical_id=bearer_id, rule=match.rule, score=match.score, reasons=reasons)
    )
    connection.execute(update(links).where(links.c.canonical_id == lone_id).values(canonical_id=bearer_id))
    move_names(connection, lone_id, bearer_id)
    connection.execute(delete(t.canonical_entities).where(t.canonical_entities.c.id == lone_id))
