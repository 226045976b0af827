"""Local ingest with a pool of worker processes stores what one process stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.batch import ingest_items, useful_workers
from dateline.errors import DocumentError
from dateline.model import Document
from dateline.store import Store

PEOPLE = ["Maya Lund", "Oskar Berg", "Ines Varga", "Ravi Okafor"]


def _documents() -> list[Document | DocumentError]:
    items: list[Document | DocumentError] = [
        Document.create(f"{PEOPLE[n % 4]} met {PEOPLE[(n + 1) % 4]} in Lyon on day {n}.", id=f"d{n}") for n in range(40)
    ]
    items.insert(7, DocumentError("malformed JSON", input="feed.jsonl", location="line 8"))
    return items + items[:5]  # repeats are skipped


def test_useful_workers() -> None:
    assert useful_workers(4, documents=None, batch_size=10) == 4
    assert useful_workers(4, documents=10, batch_size=10) == 1
    assert useful_workers(4, documents=25, batch_size=10) == 3
    assert useful_workers(2, documents=1000, batch_size=10) == 2
    assert useful_workers(1, documents=1000, batch_size=10) == 1


@pytest.mark.slow
def test_two_workers_store_what_one_process_stores(tmp_path: Path, nlp: object) -> None:
    stored = {}
    for workers in (1, 2):
        with Store(str(tmp_path / f"w{workers}.db")) as store:
            summary = ingest_items(_documents(), store=store, nlp=nlp, workers=workers, batch_size=6)  # type: ignore[arg-type]
            assert (summary.ingested, summary.unchanged, summary.failed) == (40, 5, 1)
            stored[workers] = [store.analysis(f"d{n}").to_json() for n in range(40)]
            assert store.counts()["ingest_errors"] == 1
    assert stored[1] == stored[2]
