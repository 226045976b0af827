"""The store: analyses in SQLite (default) or PostgreSQL, through SQLAlchemy and Alembic."""

from dateline.store.engine import database_url, open_engine, upgrade_schema
from dateline.store.store import (
    AddOutcome,
    AddResult,
    DocumentSummary,
    IngestErrorRecord,
    Store,
    other_text_stored,
)

__all__ = [
    "AddOutcome",
    "AddResult",
    "DocumentSummary",
    "IngestErrorRecord",
    "Store",
    "database_url",
    "open_engine",
    "other_text_stored",
    "upgrade_schema",
]
