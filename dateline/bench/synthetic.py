"""A synthetic store of any size (scripted, seeded, reproducible) for knowledge-base latency benchmarks.

The rows are written straight into the tables, as ingest and resolution would leave them: documents,
entities linked to canonical entities (a Zipf-like spread, so a few people have many facts), facts with
two participants, and the canonical fact index. No NLP runs. The contradictions are left to the next
resolve, as in a store upgraded from before they were stored.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from sqlalchemy import insert

from dateline.kb.contradiction_store import mark_contradictions_stale
from dateline.kb.rules import kb_rules
from dateline.kb.statement_key import StatementKey
from dateline.store import Store
from dateline.store import tables as t

__all__ = ["build_synthetic_store"]

PREDICATES = ["travel", "met", "attended", "dating", "married", "divorced", "acted_in", "cast_in", "release", "romance"]
FIRST = ["Ada", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lia", "Max", "Nia", "Oto"]
LAST = ["Abel", "Brook", "Cole", "Dane", "Ives", "Jolie", "Kerr", "Lund", "Moss", "Nash", "Orr", "Pike", "Quill"]


def _name(index: int) -> str:
    return f"{FIRST[index % len(FIRST)]} {LAST[(index // len(FIRST)) % len(LAST)]} {index}"


def build_synthetic_store(
    store: Store,
    *,
    facts: int = 1_000_000,
    facts_per_document: int = 10,
    people: int = 20_000,
    seed: int = 20261126,
    batch: int = 5_000,
    on_progress: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Fill an empty ``store`` with ``facts`` facts; returns the row counts written."""
    rng = random.Random(seed)
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    weights = [1 / (rank + 1) ** 0.9 for rank in range(people)]
    with store.engine.begin() as connection:
        connection.execute(
            insert(t.canonical_entities),
            [
                {"id": i + 1, "name": _name(i), "type": "PERSON", "documents": 0, "mentions": 0, "profile": {}}
                for i in range(people)
            ],
        )
        connection.execute(
            insert(t.canonical_names),
            [{"canonical_id": i + 1, "name_key": _name(i).casefold(), "kind": "full"} for i in range(people)],
        )
    documents = facts // facts_per_document
    written = 0
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in ("documents", "entities", "entity_links", "facts", "fact_participants", "canonical_facts")}
    for number in range(documents):
        _document_rows(rows, number, rng, weights, facts_per_document, now)
        if len(rows["facts"]) >= batch or number == documents - 1:
            with store.engine.begin() as connection:
                for name, table_rows in rows.items():
                    if table_rows:
                        connection.execute(insert(t.metadata.tables[name]), table_rows)
            written += len(rows["facts"])
            rows = {name: [] for name in rows}
            if on_progress is not None:
                on_progress(written)
    _count_documents(store)
    with store.engine.begin() as connection:
        mark_contradictions_stale(connection)
    return store.counts()


def _count_documents(store: Store) -> None:
    from sqlalchemy import func, select, update

    documents = (
        select(func.count(func.distinct(t.entities.c.document_id)))
        .join(t.entity_links, t.entity_links.c.entity_key == t.entities.c.key)
        .where(t.entity_links.c.canonical_id == t.canonical_entities.c.id)
        .scalar_subquery()
    )
    with store.engine.begin() as connection:
        connection.execute(update(t.canonical_entities).values(documents=documents, mentions=documents))


def _document_rows(
    rows: dict[str, list[dict[str, Any]]],
    number: int,
    rng: random.Random,
    weights: list[float],
    facts_per_document: int,
    now: dt.datetime,
) -> None:
    rules = kb_rules()
    doc_id = f"syn-{number:07d}"
    published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    text = f"Synthetic article {number}."
    rows["documents"].append(
        {"id": doc_id, "title": f"Synthetic {number}", "date": published, "source": "Synthetic Times", "url": None,
         "sha256": f"{number:064d}", "text": text, "words": 3, "schema": "dateline.analysis/1", "analyser": "synthetic",
         "analysis": {}, "ingested_at": now}
    )
    cast = list(dict.fromkeys(rng.choices(range(len(weights)), weights=weights, k=6)))
    keys = []
    for local, person in enumerate(cast, start=1):
        key = f"{doc_id}/E{local}"
        keys.append((key, person + 1))
        rows["entities"].append({"key": key, "document_id": doc_id, "local_id": f"E{local}", "name": _name(person), "type": "PERSON", "aliases": []})
        rows["entity_links"].append({"entity_key": key, "canonical_id": person + 1, "rule": "synthetic", "score": 1.0, "reasons": {}, "linked_at": now})
    for local in range(1, facts_per_document + 1):
        fact_key = f"{doc_id}/F{local}"
        pair = rng.sample(keys, 2) if len(keys) > 1 else keys * 2
        year = rng.randrange(1990, 2025)
        time_start = dt.date(year, 1, 1)
        rows["facts"].append(
            {"key": fact_key, "document_id": doc_id, "local_id": f"F{local}", "predicate": rng.choice(PREDICATES),
             "object_entity_key": None, "place_entity_key": None, "time_key": None, "time": str(year),
             "time_start": time_start, "time_end": dt.date(year, 12, 31), "valid_from": None, "valid_to": None,
             "polarity": "negative" if rng.random() < 0.05 else "positive",
             "certainty": rng.choice(["certain", "certain", "certain", "probable", "possible"]),
             "asserted_by": "author", "attribution_key": None, "trigger_text": "met", "trigger_start": 0,
             "trigger_end": 3, "evidence_start": 0, "evidence_end": len(text), "arguments": {}}
        )
        fact = rows["facts"][-1]
        members = list(dict.fromkeys(pair))
        statement = StatementKey.of(rules.statement(fact["predicate"]), [c for _, c in members], None, None).to_string()
        status = "denied" if fact["polarity"] == "negative" else ("confirmed" if fact["certainty"] == "certain" else "speculated")
        for position, (entity_key, canonical) in enumerate(members):
            rows["fact_participants"].append({"fact_key": fact_key, "entity_key": entity_key, "position": position})
            rows["canonical_facts"].append(
                {"canonical_id": canonical, "fact_key": fact_key, "sort_date": time_start, "statement": statement, "status": status,
                 "published": published}
            )
