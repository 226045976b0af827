"""Two inputs under one id in one batch: the same text is a repeat, another text is an error, not 'unchanged'."""

from __future__ import annotations

from pathlib import Path

from dateline.batch.steps import IngestSummary, pending_batches
from dateline.model import Document
from dateline.store import Store


def _pending(documents: list[Document], tmp_path: Path) -> tuple[list[str], list[str], IngestSummary]:
    summary = IngestSummary()
    batches = list(pending_batches(documents, store=Store(str(tmp_path / "s.db")), size=8, reanalyse=False, summary=summary))
    ids = [document.id for batch in batches for document in batch.documents]
    errors = [str(error) for batch in batches for error in batch.errors]
    return ids, errors, summary


def test_the_same_article_twice_is_analysed_once(tmp_path: Path) -> None:
    article = Document.create("Maya Lund arrived in Oslo on Sunday.", id="a1")
    ids, errors, summary = _pending([article, article], tmp_path)
    assert (ids, errors, summary.unchanged) == (["a1"], [], 1)


def test_another_text_under_a_repeated_id_is_an_error(tmp_path: Path) -> None:
    first = Document.create("Maya Lund arrived in Oslo on Sunday.", id="a1")
    other = Document.create("Tom Vale left Riga on Monday.", id="a1")
    ids, errors, summary = _pending([first, other], tmp_path)
    assert ids == ["a1"]
    assert summary.unchanged == 0
    assert errors == ["a1: the id 'a1' is given to another text earlier in the input; give each article its own id"]
