"""``dateline benchmark kb``: build a knowledge base from a corpus, check merges, time the queries.

Merge precision comes from a hand-judged sample of merges (``benchmarks/kb-merges.tsv``): each row is a
pair of document entities the resolver put together, with a verdict. The file is written once from a
seeded sample (``sample_merges``), judged by a person reading both articles, and re-checked by every
run: a judged pair that the resolver no longer merges is reported, not counted.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from dateline.batch import ingest
from dateline.kb import KnowledgeBase
from dateline.kb.rules import kb_rules
from dateline.store import Store
from dateline.store import tables as t

__all__ = [
    "benchmark_kb", "benchmark_kb_synthetic", "merge_precision", "query_latencies", "sample_merges", "sample_splits",
    "split_recall",
]

MERGE_COLUMNS = ["document_a", "name_a", "document_b", "name_b", "canonical", "rule", "verdict", "note"]
SPLIT_COLUMNS = ["document_a", "name_a", "document_b", "name_b", "type", "match", "key_a", "key_b", "verdict", "note"]


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 2), "p95_ms": round(p95 * 1000, 2)}


def query_latencies(kb: KnowledgeBase, entity_ids: list[int], *, day: dt.date) -> dict[str, dict[str, float]]:
    """p50 / p95 of timeline, asof and contradictions (a page of 200 each) over ``entity_ids`` (one warm-up pass first)."""
    queries: dict[str, Callable[[str], object]] = {
        "timeline": lambda e: kb.timeline(e),
        "asof": lambda e: kb.asof(e, day),
        "contradictions": lambda e: kb.contradictions(e),
    }
    results = {}
    for name, query in queries.items():
        for entity_id in entity_ids[:5]:
            query(str(entity_id))
        samples = []
        for entity_id in entity_ids:
            started = time.perf_counter()
            query(str(entity_id))
            samples.append(time.perf_counter() - started)
        results[name] = _percentiles(samples)
    return results


def _query_sample(store: Store, size: int, seed: int) -> list[int]:
    """Entities with at least one fact, sampled with a seed (the busiest ones always included)."""
    with store.engine.connect() as connection:
        counts = connection.execute(
            select(t.canonical_facts.c.canonical_id, func.count().label("facts"))
            .group_by(t.canonical_facts.c.canonical_id)
            .order_by(func.count().desc(), t.canonical_facts.c.canonical_id)
        ).all()
    ids = [row.canonical_id for row in counts]
    if not ids:
        with store.engine.connect() as connection:
            ids = list(connection.execute(select(t.canonical_entities.c.id).order_by(t.canonical_entities.c.id)).scalars())
    head, rest = ids[:5], ids[5:]
    return head + random.Random(seed).sample(rest, min(len(rest), max(size - len(head), 0)))


def _merged_pairs(store: Store) -> list[dict[str, Any]]:
    links, entities, canonical = t.entity_links, t.entities, t.canonical_entities
    with store.engine.connect() as connection:
        rows = connection.execute(
            select(links.c.canonical_id, links.c.rule, entities.c.document_id, entities.c.name, canonical.c.name.label("canonical"))
            .join(entities, entities.c.key == links.c.entity_key)
            .join(canonical, canonical.c.id == links.c.canonical_id)
            .order_by(links.c.canonical_id, links.c.linked_at, links.c.entity_key)
        ).all()
    first: dict[int, Any] = {}
    pairs = []
    for row in rows:
        anchor = first.setdefault(row.canonical_id, row)
        if anchor is not row and row.document_id != anchor.document_id:
            pairs.append({
                "document_a": anchor.document_id, "name_a": anchor.name, "document_b": row.document_id,
                "name_b": row.name, "canonical": row.canonical, "rule": row.rule, "verdict": "", "note": "",
            })
    return pairs


def _judged_keys(judgements: Path | None) -> set[tuple[str, str, str, str]]:
    if judgements is None:
        return set()
    with judgements.open(encoding="utf-8") as stream:
        return {(row["document_a"], row["name_a"], row["document_b"], row["name_b"]) for row in csv.DictReader(stream, delimiter="\t")}


def sample_merges(store: Store, path: Path, *, size: int = 50, seed: int = 20261126, judged: Path | None = None) -> int:
    """Write a seeded sample of the store's cross-article merges to ``path`` (TSV) for judging, leaving out
    the pairs already in ``judged`` (so that a fresh sample is drawn from pairs nobody has judged)."""
    skip = _judged_keys(judged)
    pairs = [pair for pair in _merged_pairs(store) if (pair["document_a"], pair["name_a"], pair["document_b"], pair["name_b"]) not in skip]
    return _write_sample(pairs, path, columns=MERGE_COLUMNS, size=size, seed=seed)


def _write_sample(pairs: list[dict[str, Any]], path: Path, *, columns: list[str], size: int, seed: int) -> int:
    """Write ``size`` of ``pairs`` drawn with ``seed`` to ``path`` as TSV; return how many."""
    chosen = random.Random(seed).sample(pairs, min(size, len(pairs)))
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=columns, delimiter="\t")
        writer.writeheader()
        writer.writerows(chosen)
    return len(chosen)


def _split_keys(store: Store) -> tuple[dict[int, list[tuple[str, ...]]], dict[int, Any]]:
    """Each canonical entity's names of two words or more, as the resolver finds it by (``canonical_names``), and
    its first member (document, name, type)."""
    names, links, entities = t.canonical_names, t.entity_links, t.entities
    with store.engine.connect() as connection:
        keys = connection.execute(
            select(names.c.canonical_id, names.c.name_key).where(names.c.kind == "full").order_by(names.c.canonical_id, names.c.name_key)
        ).all()
        members = connection.execute(
            select(links.c.canonical_id, entities.c.document_id, entities.c.name, t.canonical_entities.c.type)
            .join(entities, entities.c.key == links.c.entity_key)
            .join(t.canonical_entities, t.canonical_entities.c.id == links.c.canonical_id)
            .order_by(links.c.canonical_id, links.c.linked_at, links.c.entity_key)
        ).all()
    by_canonical: dict[int, list[tuple[str, ...]]] = {}
    for row in keys:
        if len(tokens := tuple(row.name_key.split())) > 1:
            by_canonical.setdefault(row.canonical_id, []).append(tokens)
    anchors: dict[int, Any] = {}
    for member in members:
        anchors.setdefault(member.canonical_id, member)
    return by_canonical, anchors


def _compatible_given_names(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """The same last word (a person's surname), and first words that agree: equal, or one an initial of the
    other ("G Bush" / "George Bush")."""
    if one[-1] != other[-1]:
        return False
    first, second = one[0], other[0]
    return first == second or (min(len(first), len(second)) == 1 and first[0] == second[0])


def _split_match(one: tuple[str, ...], other: tuple[str, ...]) -> str | None:
    if one == other:
        return "full_name"
    return "surname_given" if _compatible_given_names(one, other) else None


def _best_match(one: list[tuple[str, ...]], other: list[tuple[str, ...]]) -> tuple[str, str, str] | None:
    """How two entities' names match (a full name before a surname with a given name), and the names."""
    found = None
    for key_a in one:
        for key_b in other:
            if (match := _split_match(key_a, key_b)) == "full_name":
                return match, " ".join(key_a), " ".join(key_b)
            if match and found is None:
                found = (match, " ".join(key_a), " ".join(key_b))
    return found


def _kept_apart_pairs(store: Store) -> list[dict[str, Any]]:
    """Pairs of canonical entities of one type group, kept apart, that are found by the same name of two words
    or more, or by names with the same last and a compatible first word; each shown by its first member."""
    group = kb_rules().resolution.type_group
    keys, anchors = _split_keys(store)
    by_last: dict[tuple[str, str], list[int]] = {}
    for canonical_id, names in keys.items():
        for last in dict.fromkeys(tokens[-1] for tokens in names):
            by_last.setdefault((group(anchors[canonical_id].type), last), []).append(canonical_id)
    pairs: dict[tuple[int, int], dict[str, Any]] = {}
    for (type_group, _), ids in sorted(by_last.items()):
        for index, one in enumerate(ids):
            for other in ids[index + 1:]:
                if (one, other) not in pairs and (found := _best_match(keys[one], keys[other])):
                    a, b = anchors[one], anchors[other]
                    pairs[(one, other)] = {
                        "document_a": a.document_id, "name_a": a.name, "document_b": b.document_id, "name_b": b.name,
                        "type": type_group, "match": found[0], "key_a": found[1], "key_b": found[2], "verdict": "", "note": "",
                    }
    return list(pairs.values())


def sample_splits(store: Store, path: Path, *, size: int = 50, seed: int = 20261130) -> int:
    """Write a seeded sample of canonical entities kept apart that may be one (``_kept_apart_pairs``) to
    ``path`` (TSV), for judging whether each pair is one referent (a missed merge) or two."""
    return _write_sample(_kept_apart_pairs(store), path, columns=SPLIT_COLUMNS, size=size, seed=seed)


def split_recall(store: Store, judgements: Path) -> dict[str, Any]:
    """How many judged pairs of one referent (verdict ``same``) the store still keeps apart."""
    canonical_of = _canonical_by_member(store)
    same = apart = different_merged = 0
    with judgements.open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream, delimiter="\t"):
            together = canonical_of.get((row["document_a"], row["name_a"])) == canonical_of.get((row["document_b"], row["name_b"]))
            verdict = row["verdict"].strip().lower()
            if verdict == "same":
                same += 1
                apart += not together
            elif verdict == "different":
                different_merged += together
    return {"same_referent": same, "still_apart": apart, "merged_now": same - apart, "different_merged": different_merged}


def merge_precision(store: Store, judgements: Path) -> dict[str, Any]:
    """Precision of the judged merges that the store still makes."""
    current = {(p["document_a"], p["name_a"], p["document_b"], p["name_b"]) for p in _merged_pairs(store)}
    canonical_of = _canonical_by_member(store)
    right = wrong = missing = 0
    with judgements.open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream, delimiter="\t"):
            key = (row["document_a"], row["name_a"], row["document_b"], row["name_b"])
            together = key in current or (
                canonical_of.get((key[0], key[1])) is not None
                and canonical_of.get((key[0], key[1])) == canonical_of.get((key[2], key[3]))
            )
            if not together:
                missing += 1
            elif row["verdict"].strip().lower() == "right":
                right += 1
            elif row["verdict"].strip().lower() == "wrong":
                wrong += 1
    judged = right + wrong
    return {
        "judged": judged,
        "right": right,
        "wrong": wrong,
        "no_longer_merged": missing,
        "precision": round(right / judged, 4) if judged else None,
    }


def _canonical_by_member(store: Store) -> dict[tuple[str, str], int]:
    with store.engine.connect() as connection:
        rows = connection.execute(
            select(t.entities.c.document_id, t.entities.c.name, t.entity_links.c.canonical_id).join(
                t.entity_links, t.entity_links.c.entity_key == t.entities.c.key
            )
        )
        return {(row.document_id, row.name): row.canonical_id for row in rows}


def _statement_count(store: Store) -> int:
    """How many statements the knowledge base tells apart (each with its own status in asof and rumours)."""
    statements = select(t.canonical_facts.c.statement).distinct().subquery()
    return int(store.execute(select(func.count()).select_from(statements))[0][0])


def benchmark_kb(
    corpus: list[Path],
    *,
    db: str | None = None,
    judgements: Path | None = None,
    split_judgements: Path | None = None,
    queries: int = 50,
    seed: int = 20261126,
) -> dict[str, Any]:
    """Ingest ``corpus`` into a fresh store, resolve entities, and time the knowledge-base queries."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store(db or str(Path(folder) / "kb.db"))
        started = time.perf_counter()
        summary = ingest([str(path) for path in corpus], store=store)
        ingest_seconds = time.perf_counter() - started
        kb = KnowledgeBase(store)
        started = time.perf_counter()
        resolved = kb.resolve()
        resolve_seconds = time.perf_counter() - started
        counts = store.counts()
        results: dict[str, Any] = {
            "documents": counts["documents"],
            "failed": summary.failed,
            "ingest_seconds": round(ingest_seconds, 2),
            "resolve_seconds": round(resolve_seconds, 2),
            "facts": counts["facts"],
            "entities_before_merging": counts["entities"],
            "entities_after_merging": counts["canonical_entities"],
            "cross_article_merges": len(_merged_pairs(store)),
            "resolved_documents": resolved.documents,
            "contradictions": counts["contradictions"],
            "statements": _statement_count(store),
            "rumours": kb.count_rumours(),
        }
        if judgements is not None and judgements.exists():
            results["merge_precision"] = merge_precision(store, judgements)
        if split_judgements is not None and split_judgements.exists():
            results["missed_merges"] = split_recall(store, split_judgements)
        results["latency"] = query_latencies(kb, _query_sample(store, queries, seed), day=dt.date(2026, 1, 1))
        store.close()
    return results


def benchmark_kb_synthetic(
    url: str | None, *, facts: int = 1_000_000, queries: int = 50, seed: int = 20261126,
    on_progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Build a synthetic store of ``facts`` facts (at ``url``, or a temporary SQLite file), compute its
    contradictions as a resolve does, and time queries. A store at ``url`` already built is reused."""
    from dateline.bench.synthetic import build_synthetic_store

    with tempfile.TemporaryDirectory() as folder:
        store = Store(url or str(Path(folder) / "synthetic.db"))
        build_seconds = None
        if not store.count_documents():
            started = time.perf_counter()
            build_synthetic_store(store, facts=facts, seed=seed, on_progress=on_progress)
            build_seconds = round(time.perf_counter() - started, 1)
        kb = KnowledgeBase(store)
        started = time.perf_counter()
        kb.resolve()
        contradictions_seconds = time.perf_counter() - started
        counts = store.counts()
        results = {
            "backend": store.engine.dialect.name,
            "facts": counts["facts"],
            "entities": counts["canonical_entities"],
            "documents": counts["documents"],
            "build_seconds": build_seconds,
            "contradictions_seconds": round(contradictions_seconds, 1),
            "contradictions": counts["contradictions"],
            "latency": query_latencies(kb, _query_sample(store, queries, seed), day=dt.date(2020, 1, 1)),
        }
        store.close()
    return results
