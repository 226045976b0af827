"""Ingest on this machine: read, skip what is stored, analyse in parallel, write in batched transactions."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.batch.steps import IngestFailure, IngestSummary, ProgressCallback, pending_batches, write_batch
from dateline.batch.workers import analyser
from dateline.ingest import InputItem, expand_paths, iter_documents
from dateline.store import Store

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["IngestFailure", "IngestSummary", "ProgressCallback", "count_inputs", "ingest", "ingest_items"]


def count_inputs(paths: Iterable[str]) -> int | None:
    """A quick count of the documents ``paths`` hold (lines of JSON Lines files, the articles of a JSON
    array, one per other file).

    Used for progress bars and the number of workers. None when standard input is among them: its
    size is unknown, and counting only the files would show a total the run goes past.
    """
    names = list(paths)
    if "-" in names:
        return None
    return sum(_documents_in(Path(name)) for name in expand_paths(names) if Path(name).is_file())


def _documents_in(path: Path) -> int:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return _json_lines(path)
    if suffix == ".json":
        # An array of articles counted as one showed "ingest 9/8" and the time left at that rate. The
        # file is read whole when ingested anyway, so reading it once more costs what JSON files cost.
        try:
            value = json.loads(path.read_bytes())
        except json.JSONDecodeError as error:  # JSON Lines under a .json name are read as such
            return _json_lines(path) if error.msg == "Extra data" else 1
        except (OSError, ValueError):
            return 1
        return max(1, len(value)) if isinstance(value, list) else 1
    return 1


def _json_lines(path: Path) -> int:
    with path.open("rb") as stream:
        return sum(1 for line in stream if line.strip())


def ingest(
    paths: Iterable[str],
    *,
    store: Store,
    nlp: Language | None = None,
    model: str | None = None,
    workers: int = 1,
    reanalyse: bool = False,
    batch_size: int = 64,
    on_progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Ingest every article that ``paths`` name (files, folders, globs, ``-``) into ``store``.

    See :func:`ingest_items`.
    """
    return ingest_items(
        iter_documents(paths),
        store=store,
        nlp=nlp,
        model=model,
        workers=workers,
        reanalyse=reanalyse,
        batch_size=batch_size,
        on_progress=on_progress,
    )


def ingest_items(
    items: Iterable[InputItem],
    *,
    store: Store,
    nlp: Language | None = None,
    model: str | None = None,
    workers: int = 1,
    reanalyse: bool = False,
    batch_size: int = 64,
    on_progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Ingest documents (and record the errors that stand in for bad inputs) into ``store``.

    Documents already stored are not analysed again (unless ``reanalyse``): they count as
    ``unchanged``, which is how a run resumed after a crash reports what the first run had stored.
    A bad input is recorded in the store's ``ingest_errors`` and the run goes on. Each batch is
    written in one transaction, each document atomically, so a run killed at any point leaves only
    whole documents behind. Inputs are read lazily and at most two batches per worker are in
    flight: memory does not grow with the number of documents.

    With ``workers`` > 1 the documents are analysed in that many processes, each loading ``model``
    once (``nlp`` is only used in this process); this process alone writes, in input order.
    """
    summary = IngestSummary()
    pending = pending_batches(items, store=store, size=batch_size, reanalyse=reanalyse, summary=summary)
    # Of a stream of unknown length (standard input), read two batches before starting workers: one
    # article piped in started two processes that each loaded the pipeline (12 s instead of 7).
    ahead = list(itertools.islice(pending, 2))
    if len(ahead) < 2:
        workers = 1
    with analyser(workers=workers, nlp=nlp, model=model) as analyse:
        for done in analyse(itertools.chain(ahead, pending)):
            write_batch(done.batch, done.results, store=store, reanalyse=reanalyse, summary=summary)
            if on_progress is not None:
                on_progress(summary)
    return summary
