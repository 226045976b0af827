"""Parquet shards of analyses: what a cluster worker writes and the store then loads.

A shard is three Parquet files sharing a stem: ``STEM.analyses.parquet`` (one row per document: its
id, the analysis as contract JSON, or the error that stopped it), ``STEM.entities.parquet`` and
``STEM.facts.parquet`` (the store's ``entities`` and ``facts`` rows, for querying the shards with
Arrow, pandas or Dask without a database). Input partitions are JSON Lines of documents.
Needs the ``dask`` extra (pyarrow).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, Table

from dateline.errors import DocumentError
from dateline.model import Analysis, Document
from dateline.nlp import load_pipeline
from dateline.pipeline import analyse_many
from dateline.store import tables
from dateline.store.rows import analysis_rows

__all__ = [
    "SHARD_TABLES",
    "analyse_partition",
    "arrow_schema",
    "read_partition",
    "read_shard",
    "write_partition",
    "write_shard",
]

#: The files of a shard, by suffix.
SHARD_TABLES = ("analyses", "entities", "facts")

_ANALYSES = pa.schema(
    [(name, pa.string()) for name in ("document_id", "analysis", "error", "location")]
)


def arrow_schema(table: Table) -> pa.Schema:
    """The Arrow schema of a store table; JSON columns become JSON text."""

    def arrow_type(column_type: object) -> pa.DataType:
        if isinstance(column_type, Boolean):
            return pa.bool_()
        if isinstance(column_type, Integer):
            return pa.int64()
        if isinstance(column_type, DateTime):
            return pa.timestamp("us", tz="UTC")
        if isinstance(column_type, Date):
            return pa.date32()
        return pa.string()

    return pa.schema([(column.name, arrow_type(column.type)) for column in table.columns])


def write_partition(documents: Sequence[Document], path: Path) -> None:
    """Write ``documents`` as JSON Lines (the input of one cluster task)."""
    text = "".join(document.model_dump_json() + "\n" for document in documents)
    _atomic_write(path, lambda target: target.write_text(text, encoding="utf-8"))


def read_partition(path: Path) -> list[Document]:
    """The documents of a partition written by :func:`write_partition`."""
    with path.open(encoding="utf-8") as stream:
        return [Document.model_validate_json(line) for line in stream if line.strip()]


def analyse_partition(partition: str, *, stem: str, model: str | None = None) -> int:
    """Analyse the documents of the partition file ``partition`` and write the shard ``stem``.

    This is the task a cluster worker runs; the pipeline is loaded once per worker process.
    Returns the number of documents in the shard.
    """
    documents = read_partition(Path(partition))
    results = list(analyse_many(documents, nlp=load_pipeline(model)))
    write_shard(results, stem=Path(stem))
    return len(results)


def write_shard(results: Iterable[Analysis | DocumentError], *, stem: Path) -> None:
    """Write analyses (and errors in place of failed ones) as the three Parquet files of ``stem``."""
    analyses: list[dict[str, object]] = []
    entities: list[dict[str, object]] = []
    facts: list[dict[str, object]] = []
    now = dt.datetime.now(dt.UTC)
    for result in results:
        if isinstance(result, DocumentError):
            analyses.append({"document_id": result.input, "error": result.reason, "location": result.location})
            continue
        analyses.append({"document_id": result.document.id, "analysis": result.to_json()})
        rows = analysis_rows(result, ingested_at=now)
        entities.extend(rows.entities)
        facts.extend(rows.facts)
    _write_table(analyses, _ANALYSES, _shard_file(stem, "analyses"))
    _write_store_rows(entities, tables.entities, _shard_file(stem, "entities"))
    _write_store_rows(facts, tables.facts, _shard_file(stem, "facts"))


def read_shard(stem: Path) -> list[Analysis | DocumentError]:
    """The analyses (and errors) of shard ``stem``, in the order they were written."""
    table = pq.read_table(_shard_file(stem, "analyses"))
    return [_result(row) for row in table.to_pylist()]


def _result(row: dict[str, str | None]) -> Analysis | DocumentError:
    if row["analysis"] is not None:
        return Analysis.model_validate_json(row["analysis"])
    return DocumentError(row["error"] or "analysis failed", input=row["document_id"], location=row["location"])


def _shard_file(stem: Path, table: str) -> Path:
    return stem.with_name(f"{stem.name}.{table}.parquet")


def _write_store_rows(rows: list[dict[str, object]], table: Table, path: Path) -> None:
    json_columns = [column.name for column in table.columns if isinstance(column.type, JSON)]
    text_rows = [{**row, **{name: json.dumps(row.get(name)) for name in json_columns}} for row in rows]
    _write_table(text_rows, arrow_schema(table), path)


def _write_table(rows: list[dict[str, object]], schema: pa.Schema, path: Path) -> None:
    table = pa.Table.from_pylist(rows, schema=schema)
    _atomic_write(path, lambda target: pq.write_table(table, target))


def _atomic_write(path: Path, write: Callable[[Path], object]) -> None:
    """Write through a temporary name, so a reader never sees half a file (a killed task leaves none)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    write(partial)
    os.replace(partial, path)
