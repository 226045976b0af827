"""Batch ingest: worker processes on this machine, or (with the dask extra) a Dask cluster."""

from dateline.batch.cluster import ingest_items_on_cluster, ingest_on_cluster
from dateline.batch.local import IngestFailure, IngestSummary, count_inputs, ingest, ingest_items
from dateline.batch.workers import useful_workers

__all__ = [
    "IngestFailure",
    "IngestSummary",
    "count_inputs",
    "ingest",
    "ingest_items",
    "ingest_items_on_cluster",
    "ingest_on_cluster",
    "useful_workers",
]
