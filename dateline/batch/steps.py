"""What every ingest engine does around the analysis: batch the inputs, skip what is stored, write.

The engines (:mod:`dateline.batch.local`, :mod:`dateline.batch.cluster`) differ only in where the
documents are analysed; reading, skipping and writing are the same, so they store the same thing.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from dateline.errors import DocumentError
from dateline.ingest import InputItem
from dateline.model import Analysis, Document
from dateline.store import AddOutcome, Store, other_text_stored

__all__ = [
    "IngestFailure",
    "IngestSummary",
    "PendingBatch",
    "ProgressCallback",
    "batches",
    "dated_after",
    "pending_batches",
    "write_batch",
]


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
    """What an ingest run did.

    ``unchanged`` counts documents that were already stored with the same text: after a run was
    stopped, the next run counts there what the stopped one had stored.
    """

    ingested: int = 0
    unchanged: int = 0
    replaced: int = 0
    failures: list[IngestFailure] = field(default_factory=list)
    #: Ids of the documents analysed in this run whose date is after the day of the run: most likely a
    #: typo (2205 for 2025), and every relative time in them ("on Sunday", "last year") is anchored to it.
    future_dated: list[str] = field(default_factory=list)

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


#: Called after each batch is written, with the counts so far.
ProgressCallback = Callable[[IngestSummary], None]


@dataclass
class PendingBatch:
    """A batch of inputs: the documents still to analyse and the errors read in place of others."""

    documents: list[Document]
    errors: list[DocumentError]


def batches(items: Iterable[InputItem], size: int) -> Iterator[list[InputItem]]:
    """``items`` in lists of ``size`` (the last one shorter), read lazily."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def pending_batches(
    items: Iterable[InputItem],
    *,
    store: Store,
    size: int,
    reanalyse: bool,
    summary: IngestSummary,
    today: dt.date | None = None,
) -> Iterator[PendingBatch]:
    """Batches of ``items`` less the documents ``store`` already holds (counted as unchanged in ``summary``).

    Each batch is checked against the store when it is read, so a document is skipped if an earlier
    run stored it; repeats within a batch are skipped too, and another text under a repeated id is
    an error in the batch. The documents to analyse that are dated after ``today`` (by default the
    day of the run) are listed in ``summary.future_dated``.
    """
    today = today or dt.date.today()
    for batch in batches(items, size):
        errors = [item for item in batch if isinstance(item, DocumentError)]
        documents, repeats = _unique([item for item in batch if isinstance(item, Document)], summary)
        errors.extend(repeats)
        stored = store.stored_ids([document.id for document in documents])
        to_analyse: list[Document] = []
        for document in documents:
            if document.id not in stored or reanalyse:
                to_analyse.append(document)
            elif stored[document.id] == document.sha256:
                summary.unchanged += 1
            else:
                # Refused before it is analysed: the store would refuse it after, naming only the id.
                errors.append(document.error(other_text_stored(document.id)))
        summary.future_dated.extend(document.id for document in dated_after(to_analyse, today))
        yield PendingBatch(to_analyse, errors)


def dated_after(documents: Iterable[Document], day: dt.date) -> list[Document]:
    """The documents of ``documents`` whose date is later than ``day``."""
    return [document for document in documents if document.date is not None and document.date > day]


def _unique(documents: list[Document], summary: IngestSummary) -> tuple[list[Document], list[DocumentError]]:
    """The first document of each id; a repeat of its text counts as unchanged, another text under the
    same id is an error (it was counted as unchanged and silently dropped, as if already stored), naming
    the file and line of both."""
    first: dict[str, Document] = {}
    repeats: list[DocumentError] = []
    for document in documents:
        earlier = first.get(document.id)
        if earlier is None:
            first[document.id] = document
        elif earlier.sha256 == document.sha256:
            summary.unchanged += 1
        else:
            repeats.append(document.error(
                f"the id {document.id!r} is given to another text earlier in the input{_at(earlier)}; "
                "give each article its own id"
            ))
    return list(first.values()), repeats


def _at(document: Document) -> str:
    """" (news.jsonl, line 1)": where ``document`` was read, when known."""
    if document.origin is None:
        return ""
    input, location = document.origin
    return f" ({input}, {location})" if location else f" ({input})"


def _located(error: DocumentError, read: dict[str, Document]) -> DocumentError:
    """An analysis error, which names its document by id, naming the file and line it was read from."""
    document = read.get(error.input or "")
    if document is None or error.location is not None or document.origin is None:
        return error
    return document.error(f"{error.reason} (id {document.id!r})")


def write_batch(
    batch: PendingBatch,
    results: Iterable[Analysis | DocumentError],
    *,
    store: Store,
    reanalyse: bool,
    summary: IngestSummary,
) -> None:
    """Store the analyses of ``batch`` in one transaction; record its errors and those of the analysis."""
    errors = list(batch.errors)
    analyses: list[Analysis] = []
    read = {document.id: document for document in batch.documents}
    for result in results:
        if isinstance(result, DocumentError):
            errors.append(_located(result, read))
        else:
            # The analysis came back from a worker as JSON, without where its document was read.
            if (origin := read[result.document.id].origin) is not None:
                result.document.found_in(*origin)
            analyses.append(result)
    for added in store.add_many(analyses, reanalyse=reanalyse):
        if added.error is not None:
            summary.failures.append(IngestFailure.from_error(added.error))
        else:
            summary.count(added.outcome)
    store.record_errors(errors)
    summary.failures.extend(IngestFailure.from_error(error) for error in errors)
