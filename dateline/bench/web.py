"""``dateline benchmark web``: latency of the entity and article pages over HTTP, on a real store.

The application is served by uvicorn in a thread of this process and fetched over loopback with
urllib, one request at a time, after a warm-up: the figures include routing, the knowledge-base
queries, the SVG layout and the template rendering, but no network beyond loopback.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import select

from dateline.errors import NotFoundError
from dateline.kb import KnowledgeBase
from dateline.store import Store
from dateline.store import tables as t

__all__ = ["benchmark_web", "benchmark_web_synthetic", "percentiles", "sample_pages"]

#: Entities always timed: the ones in most documents, whose pages are the heaviest.
BUSIEST = 5
WARM_UP = 5


def percentiles(samples: Sequence[float]) -> dict[str, float]:
    """p50, p95 and max of durations in seconds, as milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(p95 * 1000, 2),
        "max_ms": round(ordered[-1] * 1000, 2),
    }


def sample_pages(store: Store, *, size: int, seed: int) -> dict[str, list[str]]:
    """Entity and article pages to time: the busiest entities plus a seeded sample, and as many articles; the
    facts API for the same entities (``/api/facts?entity=``, which reads the facts at a place too) and for as
    many sources' names (``/api/facts?source=``)."""
    entities = [e.id for e in KnowledgeBase(store).entities(limit=1_000_000)]
    if not entities:
        raise NotFoundError("the store has no entities: ingest articles first")
    busiest = min(BUSIEST, size)
    head, rest = entities[:busiest], entities[busiest:]
    chosen = head + random.Random(seed).sample(rest, min(len(rest), max(size - len(head), 0)))
    documents = [d.id for d in store.documents(limit=1_000_000)]
    picked = random.Random(seed).sample(documents, min(len(documents), size))
    sources = _source_names(store)
    named = random.Random(seed).sample(sources, min(len(sources), size))
    return {
        "entity": [f"/entities/{entity_id}" for entity_id in chosen],
        "article": [f"/documents/{quote(document_id)}" for document_id in picked],
        "facts_by_entity": [f"/api/facts?entity={entity_id}" for entity_id in chosen],
        "facts_by_source": [f"/api/facts?source={quote(name)}" for name in named],
    }


def _source_names(store: Store) -> list[str]:
    """The last word of each name a fact's source resolves to ("Benn" of Carla Benn), sorted, as users filter by."""
    a, links, canonical = t.attributions, t.entity_links, t.canonical_entities
    query = (
        select(canonical.c.name).join(links, links.c.canonical_id == canonical.c.id)
        .join(a, a.c.source_entity_key == links.c.entity_key).distinct()
    )
    with store.engine.connect() as connection:
        return sorted({name.split()[-1] for name in connection.execute(query).scalars() if name.split()})


def _fetch(url: str) -> tuple[float, int]:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        size = len(response.read())
    return time.perf_counter() - started, size


def benchmark_web(
    store: Store, *, queries: int = 50, seed: int = 0,
    kinds: Sequence[str] = ("entity", "article", "facts_by_entity", "facts_by_source"),
) -> dict[str, Any]:
    """Serve ``store`` and time its entity pages, article pages and facts API queries: p50 / p95 / max, bytes
    per page."""
    from dateline.web import create_app, running_server

    pages = sample_pages(store, size=queries, seed=seed)
    counts = store.counts()
    results: dict[str, Any] = {
        "store": store.target, "documents": counts["documents"], "facts": counts["facts"],
        "entities": counts["canonical_entities"], "seed": seed,
    }
    with running_server(create_app(store, read_only=True)) as base:
        for kind in kinds:
            paths = pages[kind]
            if not paths:  # a store whose facts have no named source
                continue
            for path in paths[:WARM_UP]:
                _fetch(base + path)
            timings = [_fetch(base + path) for path in paths]
            results[kind] = {
                "pages": len(paths),
                **percentiles([seconds for seconds, _ in timings]),
                "mean_kb": round(statistics.mean(size for _, size in timings) / 1024, 1),
            }
    return results


def benchmark_web_synthetic(facts: int, *, queries: int = 50, seed: int = 0) -> dict[str, Any]:
    """Entity-page latency on a synthetic store of ``facts`` facts (see dateline.bench.synthetic), in a temporary file."""
    from dateline.bench.synthetic import build_synthetic_store

    with tempfile.TemporaryDirectory() as folder:
        store = Store(str(Path(folder) / "synthetic.db"))
        build_synthetic_store(store, facts=facts, people=max(100, facts // 50))
        KnowledgeBase(store).resolve()  # computes the contradictions
        results = benchmark_web(store, queries=queries, seed=seed, kinds=("entity",))
        results["store"] = f"synthetic, {facts} facts"
        store.close()
    return results
