"""Ingest on a Dask cluster: partitions analysed by the workers into Parquet shards, then stored here.

This process reads the inputs, skips what the store holds, and writes each partition of documents as
a JSON Lines file in the shard folder; a worker analyses it (loading the spaCy pipeline once per
worker process) and writes a Parquet shard beside it (:mod:`dateline.batch.shards`); this process
loads the shards into the store in partition order, with the same steps as the local engine, so
both store the same analyses. Needs the ``dask`` extra.
"""

from __future__ import annotations

import collections
import contextlib
import importlib
import logging
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.batch.steps import IngestSummary, PendingBatch, ProgressCallback, pending_batches, write_batch
from dateline.config import LOCAL_SCHEDULER
from dateline.errors import DatelineError, DocumentError, MissingExtraError, PipelineError
from dateline.ingest import InputItem, iter_documents
from dateline.model import Analysis
from dateline.store import Store

if TYPE_CHECKING:
    from distributed import Client, Future

__all__ = ["LOCAL_SCHEDULER", "ingest_items_on_cluster", "ingest_on_cluster"]



def ingest_on_cluster(
    paths: Iterable[str],
    *,
    store: Store,
    scheduler: str = LOCAL_SCHEDULER,
    workers: int | None = None,
    model: str | None = None,
    reanalyse: bool = False,
    partition_size: int = 64,
    shards: Path | None = None,
    on_progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Ingest every article that ``paths`` name into ``store``, analysed on a Dask cluster.

    See :func:`ingest_items_on_cluster`.
    """
    return ingest_items_on_cluster(
        iter_documents(paths),
        store=store,
        scheduler=scheduler,
        workers=workers,
        model=model,
        reanalyse=reanalyse,
        partition_size=partition_size,
        shards=shards,
        on_progress=on_progress,
    )


def ingest_items_on_cluster(
    items: Iterable[InputItem],
    *,
    store: Store,
    scheduler: str = LOCAL_SCHEDULER,
    workers: int | None = None,
    model: str | None = None,
    reanalyse: bool = False,
    partition_size: int = 64,
    shards: Path | None = None,
    on_progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Ingest documents into ``store``, analysed by the Dask cluster at ``scheduler``.

    ``scheduler`` is a scheduler address (``tcp://host:8786``) or ``"local"``, which starts
    ``workers`` worker processes on this machine (default: one per core). Each partition of
    ``partition_size`` documents is one task and, once loaded, one transaction. The partitions and
    shards go to ``shards``, which the workers must be able to read and write (a shared folder on a
    real cluster) and which is kept; by default a temporary folder, removed as shards are loaded.
    Stored documents are skipped and counted as unchanged, as with :func:`dateline.batch.ingest_items`.
    """
    _require_extra()
    summary = IngestSummary()
    pending = pending_batches(items, store=store, size=partition_size, reanalyse=reanalyse, summary=summary)
    with _connect(scheduler, workers=workers) as client, _shard_folder(shards) as (folder, keep):
        in_flight = 2 * max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
        for part in _analysed(client, pending, folder=folder, model=model, in_flight=in_flight):
            write_batch(part.batch, part.results(), store=store, reanalyse=reanalyse, summary=summary)
            if not keep:
                part.remove()
            if on_progress is not None:
                on_progress(summary)
    return summary


def _require_extra() -> None:
    for module in ("distributed", "pyarrow"):
        try:
            importlib.import_module(module)
        except ImportError as error:
            raise MissingExtraError("dask", module) from error


@contextlib.contextmanager
def _connect(scheduler: str, *, workers: int | None) -> Iterator[Client]:
    from distributed import Client, LocalCluster

    if scheduler == LOCAL_SCHEDULER:
        # One thread per worker: spaCy is run by one thread at a time, the cores by separate processes.
        with LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout="30s")
    except (OSError, TimeoutError) as error:
        raise PipelineError(f"cannot reach the Dask scheduler at {scheduler} ({error})") from error
    with client:
        client.wait_for_workers(1, timeout=60)
        yield client


@contextlib.contextmanager
def _shard_folder(shards: Path | None) -> Iterator[tuple[Path, bool]]:
    if shards is not None:
        shards.mkdir(parents=True, exist_ok=True)
        yield shards, True
        return
    folder = Path(tempfile.mkdtemp(prefix="dateline-shards-"))
    try:
        yield folder, False
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@dataclass
class _Part:
    """One partition: its pending batch, the files it went through, and the task analysing it."""

    batch: PendingBatch
    stem: Path
    task: Future[int] | None

    def results(self) -> list[Analysis | DocumentError]:
        from dateline.batch.shards import read_shard

        if self.task is None:
            return []
        try:
            self.task.result()
        except DatelineError:
            raise
        except Exception as error:
            raise PipelineError(f"a cluster task failed on partition {self.stem.name}: {error}") from error
        return read_shard(self.stem)

    def remove(self) -> None:
        for path in self.stem.parent.glob(f"{self.stem.name}.*"):
            path.unlink(missing_ok=True)


def _analysed(
    client: Client, batches: Iterable[PendingBatch], *, folder: Path, model: str | None, in_flight: int
) -> Iterator[_Part]:
    """Partitions in input order, each once its task has run; at most ``in_flight`` tasks at a time."""
    from dateline.batch.shards import analyse_partition, write_partition

    queue: collections.deque[_Part] = collections.deque()
    for index, batch in enumerate(batches):
        stem = folder / f"part-{os.getpid()}-{index:07d}"
        task = None
        if batch.documents:
            partition = stem.with_name(f"{stem.name}.documents.jsonl")
            write_partition(batch.documents, partition)
            task = client.submit(analyse_partition, str(partition), stem=str(stem), model=model, pure=False)
        queue.append(_Part(batch, stem, task))
        if len(queue) >= in_flight:
            yield queue.popleft()
    while queue:
        yield queue.popleft()
