"""Ingest on this machine: read, skip what is stored, analyse in batches, write in batched transactions."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.errors import DocumentError
from dateline.ingest import InputItem, expand_paths, iter_documents
from dateline.model import Analysis, Document
from dateline.pipeline import analyse_many
from dateline.store import AddOutcome, Store

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["IngestFailure", "IngestSummary", "ProgressCallback", "count_inputs", "ingest", "ingest_items"]


@dataclass(frozen=True)
class IngestFailure:
    """An input that did not go in, and why."""

    input: str
    location: str | None
    message: str

    @classmethod
    def from_error(cls, error: DocumentError) -> IngestFailure:
        return cls(input=error.input or "", location=error.location, message=error.reason)

    def __str__(self) -> str:
        where = f"{self.input} ({self.location})" if self.location else self.input
        return f"{where}: {self.message}"


@dataclass
class IngestSummary:
    """What an ingest run did."""

    ingested: int = 0
    unchanged: int = 0
    replaced: int = 0
    failures: list[IngestFailure] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def seen(self) -> int:
        return self.ingested + self.unchanged + self.replaced + self.failed

    def count(self, outcome: AddOutcome) -> None:
        if outcome is AddOutcome.ingested:
            self.ingested += 1
        elif outcome is AddOutcome.unchanged:
            self.unchanged += 1
        elif outcome is AddOutcome.replaced:
            self.replaced += 1


#: Called after each batch with the number of inputs handled so far.
ProgressCallback = Callable[[IngestSummary], None]


def count_inputs(paths: Iterable[str]) -> int:
    """A quick count of the documents ``paths`` hold (lines of JSON Lines files, one per other file).

    Used for progress bars; standard input counts as unknown (0).
    """
    total = 0
    for name in expand_paths(paths):
        path = Path(name)
        if name == "-" or not path.is_file():
            continue
        if path.suffix.lower() == ".jsonl":
            with path.open("rb") as stream:
                total += sum(1 for line in stream if line.strip())
        else:
            total += 1
    return total


def _batches(items: Iterable[InputItem], size: int) -> Iterator[list[InputItem]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def ingest(
    paths: Iterable[str],
    *,
    store: Store,
    nlp: Language | None = None,
    reanalyse: bool = False,
    batch_size: int = 64,
    on_progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Ingest every article that ``paths`` name (files, folders, globs, ``-``) into ``store``.

    See :func:`ingest_items`.
    """
    return ingest_items(
        iter_documents(paths), store=store, nlp=nlp, reanalyse=reanalyse, batch_size=batch_size, on_progress=on_progress
    )


def ingest_items(
    items: Iterable[InputItem],
    *,
    store: Store,
    nlp: Language | None = None,
    reanalyse: bool = False,
    batch_size: int = 64,
    on_progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Ingest documents (and record the errors that stand in for bad inputs) into ``store``.

    Documents already stored are not analysed again (unless ``reanalyse``); a bad input is recorded
    in the store's ``ingest_errors`` and the run goes on. Each batch is written in one transaction,
    each document atomically.
    """
    summary = IngestSummary()
    for batch in _batches(items, batch_size):
        _ingest_batch(batch, store=store, nlp=nlp, reanalyse=reanalyse, summary=summary)
        if on_progress is not None:
            on_progress(summary)
    return summary


def _ingest_batch(
    batch: list[InputItem], *, store: Store, nlp: Language | None, reanalyse: bool, summary: IngestSummary
) -> None:
    errors = [item for item in batch if isinstance(item, DocumentError)]
    documents = _unique([item for item in batch if isinstance(item, Document)], summary)
    stored = store.stored_ids([document.id for document in documents])
    to_analyse: list[Document] = []
    for document in documents:
        if document.id in stored and not reanalyse and stored[document.id] == document.sha256:
            summary.unchanged += 1
        else:
            to_analyse.append(document)
    analyses: list[Analysis] = []
    for result in analyse_many(to_analyse, nlp=nlp):
        if isinstance(result, DocumentError):
            errors.append(result)
        else:
            analyses.append(result)
    for added in store.add_many(analyses, reanalyse=reanalyse):
        if added.error is not None:
            summary.failures.append(IngestFailure.from_error(added.error))
        else:
            summary.count(added.outcome)
    store.record_errors(errors)
    summary.failures.extend(IngestFailure.from_error(error) for error in errors)


def _unique(documents: list[Document], summary: IngestSummary) -> list[Document]:
    """Drop repeats of a document within one batch (they would be 'unchanged' anyway)."""
    seen: set[str] = set()
    unique: list[Document] = []
    for document in documents:
        if document.id in seen:
            summary.unchanged += 1
        else:
            seen.add(document.id)
            unique.append(document)
    return unique
