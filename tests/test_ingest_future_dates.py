"""An ingest run lists the documents dated after the day of the run (a likely typo), and only those."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dateline.batch.steps import IngestSummary, pending_batches
from dateline.model import Document
from dateline.store import Store

TODAY = dt.date(2026, 11, 28)


def _document(id: str, date: dt.date | None) -> Document:
    return Document.create("Maya Lund arrived in Oslo on Sunday.", id=id, date=date)


def test_documents_dated_after_the_run_are_listed(tmp_path: Path) -> None:
    documents = [
        _document("typo", dt.date(2205, 4, 17)),
        _document("today", TODAY),
        _document("tomorrow", TODAY + dt.timedelta(days=1)),
        _document("undated", None),
    ]
    summary = IngestSummary()
    batches = list(
        pending_batches(documents, store=Store(str(tmp_path / "s.db")), size=2, reanalyse=False, summary=summary, today=TODAY)
    )
    assert [len(batch.documents) for batch in batches] == [2, 2]
    assert summary.future_dated == ["typo", "tomorrow"]


def test_a_repeated_document_is_not_listed_again(tmp_path: Path) -> None:
    summary = IngestSummary()
    typo = _document("typo", dt.date(2205, 4, 17))
    list(pending_batches([typo, typo], store=Store(str(tmp_path / "s.db")), size=8, reanalyse=False, summary=summary, today=TODAY))
    assert summary.future_dated == ["typo"]
    assert summary.unchanged == 1
