"""The pages: home, documents, article view, entity search, entity page, analyse form."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from dateline.labels import ENTITY_TYPES, entity_type
from dateline.web.article_view import article_view
from dateline.web.deps import KbDep, StoreDep, render, without_trailing_slash
from dateline.web.entity_view import entity_view
from dateline.web.pagination import Offset

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 50
#: HEAD as well, as on any web server (``curl -I``, uptime checks): a FastAPI route answers only the
#: methods it declares, so HEAD / was a 405. uvicorn sends the GET answer's headers without its body.
PAGE_METHODS = ["GET", "HEAD"]
COUNTED = ("documents", "canonical_entities", "facts", "times", "attributions")


@router.api_route("/", methods=PAGE_METHODS, response_class=HTMLResponse)
def home(request: Request, store: StoreDep) -> HTMLResponse:
    """Search box for entities, counts, recent documents."""
    counts = store.counts()
    return render(request, "home.html", counts={name: counts.get(name, 0) for name in COUNTED},
                  recent=store.documents(limit=10))


@router.api_route("/documents", methods=PAGE_METHODS, response_class=HTMLResponse)
def documents(request: Request, store: StoreDep, offset: Offset = 0) -> HTMLResponse:
    """Every stored document, newest first, a page at a time."""
    found = store.documents(limit=PAGE_SIZE + 1, offset=offset)
    return render(request, "documents.html", documents=found[:PAGE_SIZE], offset=offset, page_size=PAGE_SIZE,
                  more=len(found) > PAGE_SIZE)


@router.api_route("/documents/{document_id:path}", methods=PAGE_METHODS, response_class=HTMLResponse)
def article(request: Request, document_id: str, store: StoreDep, kb: KbDep) -> HTMLResponse:
    """A stored article with its entities, times, quotes, cues and facts highlighted, by its id or the start
    of one, as the REST API and `dateline show` take it: the CLI's tables name an article given without an
    id by its hash's first 12 characters ("46b36f1fd208/F5"), which was a 404 here."""
    found = store.document_id(document_id)
    view = article_view(store.analysis(found))
    return render(request, "article.html", view=view, canonical=kb.canonical_ids(found), stored=True,
                  analysed=False)


@router.api_route("/entities", methods=PAGE_METHODS, response_class=HTMLResponse)
def entities(
    request: Request,
    kb: KbDep,
    q: Annotated[str | None, Query(max_length=200)] = None,
    type: Annotated[str | None, Query(max_length=20)] = None,
    offset: Offset = 0,
) -> HTMLResponse:
    """Entities whose names contain ``q``, most documents first."""
    kind = entity_type(type)
    found = kb.entities(name=q or None, type=kind, limit=PAGE_SIZE + 1, offset=offset)
    return render(request, "entities.html", entities=found[:PAGE_SIZE], q=q or "", type=kind or "", offset=offset,
                  types=ENTITY_TYPES, page_size=PAGE_SIZE, more=len(found) > PAGE_SIZE)


@router.api_route("/entities/{entity:path}", methods=PAGE_METHODS, response_class=HTMLResponse)  # AC/DC
def entity(request: Request, entity: str, kb: KbDep) -> Response:
    """One entity: names, attributes, timeline, rumours, contradictions, articles."""
    return without_trailing_slash(request, entity) or render(request, "entity.html", view=entity_view(kb, entity))


@router.api_route("/analyse", methods=PAGE_METHODS, response_class=HTMLResponse)
def analyse_form(request: Request) -> HTMLResponse:
    """Paste an article and its date to see its analysis."""
    return render(request, "analyse.html", max_body=request.app.state.max_body, fields={}, error=None)
