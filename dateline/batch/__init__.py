"""Batch ingest: local processes (and, with the dask extra, a Dask cluster)."""

from dateline.batch.local import IngestFailure, IngestSummary, count_inputs, ingest, ingest_items
from dateline.batch.workers import useful_workers

__all__ = ["IngestFailure", "IngestSummary", "count_inputs", "ingest", "ingest_items", "useful_workers"]
