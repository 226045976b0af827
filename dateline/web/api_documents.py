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


@router.get("/documents/{document_id:path}/analysis", response_model=Analysis)
def document_analysis(document_id: str, store: StoreDep) -> Analysis:
    """The stored analysis of a document (contract JSON, dateline.analysis/1)."""
    return store.analysis(document_id)


@router.get("/documents/{document_id:path}", response_model=Document)
def document(document_id: str, store: StoreDep) -> Document:
    """One document: its metadata and text."""
    return store.analysis(document_id).document
