"""Local ingest with a pool of worker processes stores what one process analyses (SQLite and PostgreSQL)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

import pytest

from dateline.batch import ingest_items, useful_workers
from dateline.errors import DocumentError, PipelineError
from dateline.model import Document
from dateline.pipeline import analyse_many
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
def test_two_workers_store_what_one_process_analyses(store: Store, nlp: object) -> None:
    summary = ingest_items(_documents(), store=store, workers=2, batch_size=6)
    assert (summary.ingested, summary.unchanged, summary.failed) == (40, 5, 1)
    assert store.counts()["ingest_errors"] == 1
    documents = [item for item in _documents()[:41] if isinstance(item, Document)]
    expected = [analysis.to_json() for analysis in analyse_many(documents, nlp=nlp)]  # type: ignore[union-attr, arg-type]
    assert [store.analysis(f"d{n}").to_json() for n in range(40)] == expected


@pytest.mark.slow
def test_a_pipeline_the_workers_cannot_load_is_one_clear_error(sqlite_store: Store) -> None:
    with pytest.raises(PipelineError, match="cannot load the spaCy pipeline 'no_such_model'"):
        ingest_items(_documents(), store=sqlite_store, workers=2, batch_size=6, model="no_such_model")
    assert sqlite_store.count_documents() == 0


def test_a_stopped_run_ends_its_workers_rather_than_wait_for_their_batch() -> None:
    from dateline.batch.workers import _worker_pool

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt), _worker_pool(1, "no-such-pipeline") as pool:
        work = pool.submit(time.sleep, 90)  # a batch that takes long to analyse
        while not work.running():
            time.sleep(0.1)
        time.sleep(1.0)
        raise KeyboardInterrupt  # Ctrl-C: its results would be thrown away
    assert time.monotonic() - started < 45


def test_a_stream_of_one_batch_is_analysed_here_whatever_workers_asks(
    sqlite_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Standard input has no length to count beforehand: one article piped in started two workers."""
    from dateline.batch import local
    from dateline.batch.workers import BatchResult

    started: list[int] = []

    @contextlib.contextmanager
    def recording_analyser(*, workers: int, **_: object) -> Iterator[object]:
        started.append(workers)
        yield lambda batches: (BatchResult(batch, []) for batch in batches)

    monkeypatch.setattr(local, "analyser", recording_analyser)
    articles = [Document.create(f"{name} arrived in Lyon.") for name in PEOPLE]
    ingest_items(iter(articles), store=sqlite_store, workers=2, batch_size=4)
    ingest_items(iter(articles * 2), store=sqlite_store, workers=2, batch_size=2)
    assert started == [1, 2]
