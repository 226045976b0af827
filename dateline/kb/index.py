"""The fact index of the knowledge base: each fact under each canonical entity it involves.

``canonical_facts`` holds one row per (canonical entity, fact) with the date the fact sorts by (its own
time, else its article's date), its article's date, the statement it makes and its status, so that
timelines, as-of pages, rumours and contradictions read only the rows they need.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from dateline.kb.facts import load_facts
from dateline.store import tables as t

__all__ = ["facts_of_entities", "index_facts", "reindex_stale_statements", "statement_keys_stale"]

_STATE = "statements"  # kb_state: the stored statement keys are of an older form (migration 0007)


def index_facts(connection: Connection, fact_keys: Sequence[str]) -> None:
    """(Re)build the index rows of these facts from their current canonical participants and object."""
    keys = sorted(set(fact_keys))
    for offset in range(0, len(keys), 500):
        connection.execute(delete(t.canonical_facts).where(t.canonical_facts.c.fact_key.in_(keys[offset : offset + 500])))
    rows: list[dict[str, Any]] = []
    for fact in load_facts(connection, keys):
        involved = set(fact.participants) | ({fact.object} if fact.object is not None else set())
        rows.extend(
            {
                "canonical_id": canonical_id,
                "fact_key": fact.key,
                "sort_date": fact.sort_date,
                "statement": fact.statement,
                "status": fact.status,
                "published": fact.document_date,
            }
            for canonical_id in sorted(involved)
        )
    if rows:
        connection.execute(insert(t.canonical_facts), rows)


def facts_of_entities(connection: Connection, entity_ids: Sequence[int]) -> list[str]:
    """Keys of the facts indexed under any of these canonical entities."""
    query = select(t.canonical_facts.c.fact_key).where(t.canonical_facts.c.canonical_id.in_(list(entity_ids))).distinct()
    return list(connection.execute(query).scalars())


def statement_keys_stale(connection: Connection) -> bool:
    """Are the stored statement keys of an older form than :class:`~dateline.kb.statement_key.StatementKey`
    writes (a store upgraded past migration 0007)?"""
    query = select(t.kb_state.c.value).where(t.kb_state.c.name == _STATE)
    return connection.execute(query).scalar_one_or_none() == "stale"


def reindex_stale_statements(connection: Connection, *, batch: int = 5_000) -> int:
    """Index every indexed fact again when the statement keys are stale, so that each gets the key of its
    statement as this version tells statements apart; returns how many facts (0 when nothing was stale).
    The contradictions, whose scopes are statements, are computed again by the same resolve (0007 marks them)."""
    if not statement_keys_stale(connection):
        return 0
    index = t.canonical_facts
    keys = list(connection.execute(select(index.c.fact_key).distinct().order_by(index.c.fact_key)).scalars())
    for offset in range(0, len(keys), batch):
        index_facts(connection, keys[offset : offset + batch])
    connection.execute(delete(t.kb_state).where(t.kb_state.c.name == _STATE))
    return len(keys)
