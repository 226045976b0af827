"""``dateline benchmark scale``: a long ingest run, streamed, with its memory sampled as it goes.

The corpus is read again and again until ``documents`` documents have gone in (copies get distinct
ids), so a corpus of a few hundred articles makes a run of any length; the resident memory of this
process and of its workers is sampled every ``sample_every`` documents. Memory that does not grow
with the number of documents shows as a flat curve: ``growth_mb`` compares the end of the run with
its first tenth.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dateline.batch import IngestSummary, ingest_items
from dateline.bench.memory import MemorySampler
from dateline.bench.speed import stream_corpus
from dateline.model import Document
from dateline.store import Store

__all__ = ["benchmark_scale"]


def benchmark_scale(
    corpus: Path,
    *,
    documents: int = 100_000,
    workers: int = 2,
    model: str | None = None,
    batch_size: int = 64,
    sample_every: int = 1000,
    db: Path | None = None,
    curve: Path | None = None,
) -> dict[str, Any]:
    """Ingest ``documents`` documents cycled from ``corpus`` with ``workers`` processes into SQLite.

    The store is ``db`` (kept; a run stopped half-way resumes there) or a temporary file. Every
    sample is also appended to ``curve`` (JSON Lines) as it is taken, so a long run that is stopped
    still leaves its curve. Returns documents/s, words/s and the memory curve with its growth.
    """
    words = 0

    def counted() -> Iterator[Document]:
        nonlocal words
        for document in stream_corpus(corpus, limit=documents):
            words += len(document.text.split())
            yield document

    sampler = MemorySampler()
    started = time.perf_counter()
    next_sample = 0

    def on_progress(summary: IngestSummary) -> None:
        nonlocal next_sample
        if summary.seen < next_sample:
            return
        next_sample = summary.seen + sample_every
        sampler.sample(summary.seen)
        sampler.curve[-1]["seconds"] = round(time.perf_counter() - started, 1)
        if curve is not None:
            with curve.open("a", encoding="utf-8") as stream:
                stream.write(json.dumps(sampler.curve[-1]) + "\n")

    with tempfile.TemporaryDirectory() as folder, Store(str(db or Path(folder) / "scale.db")) as store:
        summary = ingest_items(
            counted(),
            store=store,
            workers=workers,
            model=model,
            batch_size=batch_size,
            on_progress=on_progress,
        )
        seconds = time.perf_counter() - started
        stored = store.count_documents()
    return {
        "corpus": str(corpus),
        "documents": summary.seen,
        "ingested": summary.ingested,
        "unchanged": summary.unchanged,
        "failed": summary.failed,
        "stored": stored,
        "workers": workers,
        "batch_size": batch_size,
        "seconds": round(seconds, 1),
        "docs_per_s": round(summary.seen / seconds, 2),
        "words_per_s": round(words / seconds, 1),
        **sampler.summary(),
        **_growth(sampler.curve),
        "curve": sampler.curve,
    }


def _growth(curve: list[dict[str, Any]]) -> dict[str, float]:
    """Resident memory at the end less that after the first tenth of the run (warm-up excluded)."""
    if len(curve) < 2:
        return {}
    early = curve[len(curve) // 10]
    last = curve[-1]
    return {
        "parent_growth_mb": round(last["parent_rss_mb"] - early["parent_rss_mb"], 1),
        "workers_growth_mb": round(last["workers_rss_mb"] - early["workers_rss_mb"], 1),
    }
