"""REST: documents, one document, its analysis JSON."""

from __future__ import annotations

from fastapi import APIRouter

from dateline.model import Analysis, Document
from dateline.store import DocumentSummary
from dateline.web.deps import StoreDep
from dateline.web.errors import ERROR_RESPONSES
from dateline.web.pagination import Limit, Offset, Page, page_of

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["documents"], responses=ERROR_RESPONSES)


@router.get("/documents", response_model=Page[DocumentSummary])
def list_documents(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> Page[DocumentSummary]:
    """Stored documents (without their text), newest first."""
    return page_of(lambda n, skip: store.documents(limit=n, offset=skip), limit=limit, offset=offset)


# Both take a document's id or, as `dateline show` does, the start of one (lists show a long hash id
# shortened, "46b36f1fd208…"): an exact id first, else the one id that starts so; several are a 422
# naming a few, none a 404 (Store.document_id, the CLI's).


@router.get("/documents/{document_id:path}/analysis", response_model=Analysis)
def document_analysis(document_id: str, store: StoreDep) -> Analysis:
    """The stored analysis of a document (contract JSON, dateline.analysis/1), by its id or the start of
    one (an exact id first; several ids starting so are a 422)."""
    return store.analysis(store.document_id(document_id))


@router.get("/documents/{document_id:path}", response_model=Document)
def document(document_id: str, store: StoreDep) -> Document:
    """One document: its metadata and text, by its id or the start of one (an exact id first; several
    ids starting so are a 422)."""
    return store.analysis(store.document_id(document_id)).document
