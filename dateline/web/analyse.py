"""Analysing a posted article, and storing it when asked."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass

from pydantic import BaseModel, Field

from dateline.errors import InputError
from dateline.ingest import document_from_record, read_text
from dateline.kb import KnowledgeBase
from dateline.model import Analysis, Document
from dateline.nlp import load_pipeline
from dateline.pipeline import analyse
from dateline.store import AddOutcome
from dateline.web.errors import ConflictError, ReadOnlyError

__all__ = ["Analysed", "ArticleIn", "analyse_article", "document_from_fields", "wants_store"]

_FIELDS = ("id", "title", "date", "source", "url")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"", "0", "false", "no", "off"}


class ArticleIn(BaseModel):
    """An article to analyse (JSON or form fields)."""

    text: str = Field(description="The article text; a ` date YYYY-MM-DD ...` or `key: value` header is read when no date is given.")
    date: str | None = Field(default=None, description="Publication date YYYY-MM-DD: relative times are anchored to it.")
    title: str | None = None
    source: str | None = Field(default=None, description="The outlet.")
    url: str | None = None
    id: str | None = Field(default=None, description="The document id; by default the SHA-256 of the text.")
    store: bool = Field(default=False, description="Also store the analysis (refused on a read-only server).")


def wants_store(value: object) -> bool:
    """Whether a ``store`` field (JSON boolean, form text, query text) asks to store; anything but a yes
    or a no is an InputError (``"store": "maybe"`` or ``"ture"`` answered 200, analysed but not stored)."""
    if value is None or isinstance(value, bool) or value in (0, 1):
        return bool(value)
    word = value.strip().lower() if isinstance(value, str) else None
    if word in _TRUE or word in _FALSE:
        return word in _TRUE
    raise InputError(f"'store' must be true or false, not {value!r}", input="request")


def document_from_fields(fields: Mapping[str, object]) -> Document:
    """The document a request describes; a text with a header and no ``date`` field gets its header read."""
    record = {key: fields.get(key) for key in _FIELDS if fields.get(key) not in (None, "")}
    if fields.get("text") is not None:
        record["text"] = fields.get("text")  # an empty text is there, and said to be empty, not missing
    text = record.get("text")
    if isinstance(text, str) and text.strip() and "date" not in record:
        headed = read_text(text.encode("utf-8"), input="request")
        given = {key: value for key, value in record.items() if key != "text"}
        record = {**headed.model_dump(mode="json", include={"title", "date", "source", "url", "id"}), **given}
        record["text"] = headed.text
        if not fields.get("id") and record.get("id") == headed.id:
            record.pop("id")  # the hash of the text without its header, computed again below
    return document_from_record(record, input="request")


@dataclass(frozen=True)
class Analysed:
    """An analysis, and what storing it did (None when it was not stored)."""

    analysis: Analysis
    outcome: AddOutcome | None


def _refuse_another_text(kb: KnowledgeBase, document: Document) -> None:
    """409 for an id already holding another text: the store's own refusal was a 422 telling a REST
    client to use the CLI's --reanalyse."""
    stored = kb.store.stored_ids([document.id]).get(document.id)
    if stored is not None and stored != document.sha256:
        raise ConflictError(
            f"another text is already stored with the id {document.id!r}: give another id, or none (the text's "
            "SHA-256 is then its id)"
        )


def analyse_article(
    document: Document, *, kb: KnowledgeBase, store: bool, read_only: bool, lock: threading.Lock, model: str | None = None
) -> Analysed:
    """Analyse ``document``; with ``store``, add it to the knowledge base's store and resolve its entities.

    ``lock`` serialises analyses and writes (spaCy and the store are shared by the server's threads).
    """
    if store and read_only:
        raise ReadOnlyError("this server is read-only: analyses cannot be stored (start it with --no-read-only, or on a loopback address)")
    if not document.text.strip():
        raise InputError("no text (empty or whitespace only)", input="request")
    with lock:
        analysis = analyse(document, nlp=load_pipeline(model))
        if not store:
            return Analysed(analysis, None)
        _refuse_another_text(kb, analysis.document)
        outcome = kb.store.add(analysis)
        kb.resolve()
    return Analysed(analysis, outcome)
