"""Analysing batches of documents in this process or in a pool of worker processes.

Either way an analyser takes a stream of batches and gives back each batch with its results, in the
order the batches came in, so the caller (the only writer to the store) sees the same sequence
whatever the number of workers. A worker loads the spaCy pipeline once and returns analyses as
contract JSON, which crosses the process boundary faster than pickled models.
"""

from __future__ import annotations

import collections
import contextlib
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from dateline.errors import DatelineError, DocumentError, PipelineError
from dateline.model import Analysis, Document
from dateline.nlp import load_pipeline
from dateline.pipeline import analyse_many

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["Analyser", "Batch", "BatchResult", "analyser", "useful_workers"]

#: What analysing one document gives: its analysis, or the error that stands in for it.
Result = Analysis | DocumentError


class Batch(Protocol):
    """Anything that carries the documents to analyse (the caller's own bookkeeping rides along)."""

    @property
    def documents(self) -> Sequence[Document]: ...


B = TypeVar("B", bound=Batch)


@dataclass(frozen=True)
class BatchResult(Generic[B]):
    """A batch and the results of its documents, in the same order."""

    batch: B
    results: list[Result]


#: Maps a stream of batches to their results, in order.
Analyser = Callable[[Iterable[B]], Iterator[BatchResult[B]]]


def useful_workers(requested: int, *, documents: int | None, batch_size: int) -> int:
    """How many worker processes are worth starting for about ``documents`` documents (None: unknown).

    A worker costs a few seconds to start and loads its own pipeline, so a run of one batch stays in
    this process; otherwise no more workers than batches.
    """
    if requested <= 1 or documents is None:
        return max(1, requested)
    batches = -(-documents // batch_size)
    return 1 if batches <= 1 else min(requested, batches)


@contextlib.contextmanager  # type: ignore[arg-type]  # B is bound by the batches given to the analyser
def analyser(
    *, workers: int = 1, nlp: Language | None = None, model: str | None = None
) -> Iterator[Analyser[B]]:
    """An analyser: in this process with ``nlp`` when ``workers`` is 1, else a pool of processes.

    Each worker loads ``model`` (default: the ``DATELINE_MODEL`` setting) once. At most two batches
    per worker are in flight, so memory stays bounded however long the stream.
    """
    if workers <= 1:
        pipeline = nlp or load_pipeline(model)
        yield lambda batches: (BatchResult(b, list(analyse_many(b.documents, nlp=pipeline))) for b in batches)
        return
    with _worker_pool(workers, model) as pool:
        yield lambda batches: _ordered(pool, batches, model=model, in_flight=2 * workers)


@contextlib.contextmanager
def _worker_pool(workers: int, model: str | None) -> Iterator[ProcessPoolExecutor]:
    """A pool of ``workers`` processes, each loading ``model``; ended at once when its user stops with an error."""
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(model, os.getpid())
    )
    try:
        yield pool
    except BaseException:
        # A stopped run (Ctrl-C, a failed write) throws the batches in flight away: waiting for the
        # workers to finish them kept Ctrl-C's prompt away for a minute or more.
        for process in list((pool._processes or {}).values()):
            process.terminate()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _ordered(
    pool: ProcessPoolExecutor, batches: Iterable[B], *, model: str | None, in_flight: int
) -> Iterator[BatchResult[B]]:
    pending: collections.deque[tuple[B, Future[list[str | _Failed]] | None]] = collections.deque()
    for batch in batches:
        # A batch with nothing to analyse (all stored) still waits its turn, but starts no worker.
        work = None
        if batch.documents:
            work = pool.submit(_analyse_in_worker, list(batch.documents), model=model)
        pending.append((batch, work))
        if len(pending) >= in_flight:
            yield _collect(*pending.popleft())
    while pending:
        yield _collect(*pending.popleft())


def _collect(batch: B, future: Future[list[str | _Failed]] | None) -> BatchResult[B]:
    try:
        returned = future.result() if future is not None else []
    except BrokenProcessPool as error:
        raise PipelineError(
            "a worker process died (out of memory, killed, or started from a script without an "
            "`if __name__ == '__main__':` guard); run with workers=1 to see the cause"
        ) from error
    results: list[Result] = [
        item.error() if isinstance(item, _Failed) else Analysis.model_validate_json(item) for item in returned
    ]
    return BatchResult(batch, results)


@dataclass(frozen=True)
class _Failed:
    """A DocumentError in a form that pickles (its keyword-only constructor does not)."""

    reason: str
    input: str | None
    location: str | None

    def error(self) -> DocumentError:
        return DocumentError(self.reason, input=self.input, location=self.location)


def _start_worker(model: str | None, parent: int) -> None:
    # Ctrl-C reaches the whole process group: the parent stops the run, the workers finish their batch.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    try:
        load_pipeline(model)
    except DatelineError:
        pass  # a failing initializer only says "broken pool": the first task raises it again, readably


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed (kill -9) would wait for work forever: let it end instead."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _analyse_in_worker(documents: list[Document], *, model: str | None) -> list[str | _Failed]:
    nlp = load_pipeline(model)  # loaded once, when the worker started
    return [
        _Failed(item.reason, item.input, item.location) if isinstance(item, DocumentError) else item.to_json()
        for item in analyse_many(documents, nlp=nlp)
    ]
