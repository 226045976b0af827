"""The Store: analyses in a database (SQLite by default, PostgreSQL with the same code)."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Self

from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from dateline.config import database_setting
from dateline.errors import DocumentError, InputError, NotFoundError, StoreError
from dateline.model import Analysis
from dateline.store import tables as t
from dateline.store.engine import open_engine, upgrade_schema
from dateline.store.rows import analysis_rows

__all__ = ["AddOutcome", "AddResult", "DocumentSummary", "IngestErrorRecord", "Store", "other_text_stored"]


class AddOutcome(str, enum.Enum):
    """What adding one analysis did."""

    ingested = "ingested"
    unchanged = "unchanged"
    replaced = "replaced"
    failed = "failed"


@dataclass(frozen=True)
class DocumentSummary:
    """One stored document, without its text."""

    id: str
    title: str | None
    date: dt.date | None
    source: str | None
    words: int
    entities: int
    facts: int


@dataclass(frozen=True)
class IngestErrorRecord:
    """An input that could not be ingested, as recorded in the store."""

    input: str
    location: str | None
    message: str
    created_at: dt.datetime
    #: How many runs met this error (the same batch ingested twice records it twice); created_at is the last.
    times: int = 1


@dataclass(frozen=True)
class AddResult:
    """The outcome of adding one document, with the reason when it failed."""

    document_id: str
    outcome: AddOutcome
    error: DocumentError | None = None


def other_text_stored(document_id: str) -> str:
    """Why a document is refused whose id is stored with another text."""
    return f"a document with the id {document_id!r} and another text is already stored (use --reanalyse to replace it)"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _error_row(error: DocumentError) -> dict[str, Any]:
    return {"input": error.input or "", "location": error.location, "message": error.reason, "created_at": _now()}


class Store:
    """A dateline store.

    >>> store = Store("sqlite:///:memory:")
    >>> store.count_documents()
    0

    ``target`` is an SQLAlchemy URL (``sqlite:///path.db``, ``postgresql+psycopg://...``) or the path
    of an SQLite file; by default the ``DATELINE_DB`` setting, else ``./dateline.db``. The schema is
    created or migrated on open.
    """

    def __init__(self, target: str | None = None) -> None:
        self.target = target or database_setting()
        self.engine = open_engine(self.target)
        upgrade_schema(self.engine)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------

    def stored_ids(self, document_ids: Sequence[str]) -> dict[str, str]:
        """Of ``document_ids``, those already stored, with their text's SHA-256."""
        found: dict[str, str] = {}
        with self.engine.connect() as connection:
            for offset in range(0, len(document_ids), 500):
                chunk = list(document_ids[offset : offset + 500])
                query = select(t.documents.c.id, t.documents.c.sha256).where(t.documents.c.id.in_(chunk))
                found.update({row.id: row.sha256 for row in connection.execute(query)})
        return found

    def add(self, analysis: Analysis, *, reanalyse: bool = False) -> AddOutcome:
        """Store one analysis in one transaction.

        Adding a document that is already stored changes nothing (``unchanged``) unless ``reanalyse``
        is set, which replaces the stored analysis (``replaced``). A stored document with the same id
        but a different text is refused (DocumentError) unless ``reanalyse`` is set.
        """
        result = self.add_many([analysis], reanalyse=reanalyse)[0]
        if result.error is not None:
            raise result.error
        return result.outcome

    def add_many(self, analyses: Sequence[Analysis], *, reanalyse: bool = False) -> list[AddResult]:
        """Store several analyses in one transaction, each document atomic within it (a savepoint).

        A document that cannot be stored is recorded in ``ingest_errors`` and reported in its result;
        the others still go in.
        """
        if not analyses:
            return []
        stored = self.stored_ids([analysis.document.id for analysis in analyses])
        results: list[AddResult] = []
        try:
            with self.engine.begin() as connection:
                for analysis in analyses:
                    result = self._add_one(connection, analysis, stored, reanalyse=reanalyse)
                    if result.error is not None:
                        connection.execute(insert(t.ingest_errors), [_error_row(result.error)])
                    results.append(result)
        except SQLAlchemyError as error:
            raise self._write_error(error) from error
        return results

    def _write_error(self, error: SQLAlchemyError) -> StoreError:
        """One line naming the store and the database's reason, without SQLAlchemy's SQL and parameters."""
        return StoreError(f"{self.target}: cannot write ({getattr(error, 'orig', None) or error})")

    def _add_one(
        self, connection: Connection, analysis: Analysis, stored: dict[str, str], *, reanalyse: bool
    ) -> AddResult:
        document = analysis.document
        previous = stored.get(document.id)
        if previous is not None and not reanalyse:
            if previous != document.sha256:
                return AddResult(document.id, AddOutcome.failed, document.error(other_text_stored(document.id)))
            return AddResult(document.id, AddOutcome.unchanged)
        try:
            with connection.begin_nested():
                if previous is not None:
                    connection.execute(delete(t.documents).where(t.documents.c.id == document.id))
                self._insert_rows(connection, analysis)
        except IntegrityError as error:
            problem = document.error(f"cannot store the analysis of {document.id!r} ({error.orig})")
            return AddResult(document.id, AddOutcome.failed, problem)
        stored[document.id] = document.sha256
        return AddResult(document.id, AddOutcome.replaced if previous is not None else AddOutcome.ingested)

    @staticmethod
    def _insert_rows(connection: Connection, analysis: Analysis) -> None:
        rows = analysis_rows(analysis, ingested_at=_now())
        for name, table_rows in rows.tables():
            if table_rows:
                connection.execute(insert(t.metadata.tables[name]), table_rows)

    def record_error(self, error: DocumentError) -> None:
        """Record an input that could not be ingested."""
        self.record_errors([error])

    def record_errors(self, errors: Iterable[DocumentError]) -> None:
        """Record several inputs that could not be ingested, in one transaction."""
        rows = [_error_row(error) for error in errors]
        if not rows:
            return
        try:
            with self.engine.begin() as connection:
                connection.execute(insert(t.ingest_errors), rows)
        except SQLAlchemyError as error:
            raise self._write_error(error) from error

    # -- reading ---------------------------------------------------------------------------------

    def count_documents(self) -> int:
        """How many documents are stored."""
        with self.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(t.documents)).scalar_one())

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        with self.engine.connect() as connection:
            return {
                name: int(connection.execute(select(func.count()).select_from(table)).scalar_one())
                for name, table in t.metadata.tables.items()
            }

    def documents(self, *, limit: int = 50, offset: int = 0) -> list[DocumentSummary]:
        """Stored documents, newest date first (undated last), then by id."""
        entity_count = (
            select(func.count()).where(t.entities.c.document_id == t.documents.c.id).scalar_subquery()
        )
        fact_count = select(func.count()).where(t.facts.c.document_id == t.documents.c.id).scalar_subquery()
        query = (
            select(
                t.documents.c.id,
                t.documents.c.title,
                t.documents.c.date,
                t.documents.c.source,
                t.documents.c.words,
                entity_count.label("entities"),
                fact_count.label("facts"),
            )
            .order_by(t.documents.c.date.desc().nulls_last(), t.documents.c.id)
            .limit(limit)
            .offset(offset)
        )
        with self.engine.connect() as connection:
            return [DocumentSummary(**row._mapping) for row in connection.execute(query)]

    def document_id(self, start: str) -> str:
        """The id of the stored document whose id is ``start``, else the one whose id starts with it.

        Lists show a long hash id shortened (``46b36f1fd208…``, the ellipsis may be kept); that finds
        the document. A start of fewer than 4 characters only finds an id equal to it. NotFoundError
        when none matches, InputError when several do.
        """
        start = start.removesuffix("…")
        ids = t.documents.c.id
        with self.engine.connect() as connection:
            if connection.execute(select(ids).where(ids == start)).first() is not None:
                return start
            found = list(connection.execute(select(ids).where(ids.startswith(start, autoescape=True)).order_by(ids).limit(4)).scalars())
        if len(start) < 4 or not found:
            raise NotFoundError(f"no document with id {start!r} in {self.target}")
        if len(found) > 1:
            shown = ", ".join(found[:3]) + (", ..." if len(found) > 3 else "")
            raise InputError(f"several document ids start with {start!r} ({shown}): give more of it")
        return str(found[0])

    def analysis(self, document_id: str) -> Analysis:
        """The stored analysis of a document; NotFoundError if there is none."""
        query = select(t.documents.c.analysis).where(t.documents.c.id == document_id)
        with self.engine.connect() as connection:
            value = connection.execute(query).scalar_one_or_none()
        if value is None:
            raise NotFoundError(f"no document with id {document_id!r} in {self.target}")
        return Analysis.model_validate(value)

    def errors(self, *, limit: int = 100, offset: int = 0) -> list[IngestErrorRecord]:
        """The most recent ingest errors, each once with how many runs met it; a page of ``limit`` after ``offset``.

        A batch run again records its bad inputs again; listed one row per run, a repeated run read
        as new failures.
        """
        errors = t.ingest_errors.c
        same = (errors.input, errors.location, errors.message)
        query = (
            select(*same, func.max(errors.created_at).label("created_at"), func.count().label("times"))
            .group_by(*same)
            .order_by(func.max(errors.id).desc())
            .limit(limit)
            .offset(offset)
        )
        with self.engine.connect() as connection:
            return [
                IngestErrorRecord(
                    input=row.input,
                    location=row.location,
                    message=row.message,
                    created_at=row.created_at,
                    times=row.times,
                )
                for row in connection.execute(query)
            ]

    def execute(self, statement: Any) -> list[Any]:
        """Run a read-only SQLAlchemy statement and return its rows (for the knowledge-base queries)."""
        with self.engine.connect() as connection:
            return list(connection.execute(statement))
