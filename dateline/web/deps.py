"""What a route needs from the application: its store, knowledge base, settings and templates."""

from __future__ import annotations

from typing import Annotated, Any

import jinja2
from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from dateline.kb import KnowledgeBase
from dateline.store import Store

__all__ = ["KbDep", "StoreDep", "get_kb", "get_store", "render", "without_trailing_slash"]


def get_store(request: Request) -> Store:
    """The application's store."""
    store: Store = request.app.state.store
    return store


def get_kb(request: Request) -> KnowledgeBase:
    """The application's knowledge base."""
    kb: KnowledgeBase = request.app.state.kb
    return kb


StoreDep = Annotated[Store, Depends(get_store)]
KbDep = Annotated[KnowledgeBase, Depends(get_kb)]


def render(request: Request, template: str, *, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page from ``template`` (autoescaped) with ``context``."""
    environment: jinja2.Environment = request.app.state.templates
    html = environment.get_template(template).render(request=request, read_only=request.app.state.read_only, **context)
    return HTMLResponse(html, status_code=status_code)


def without_trailing_slash(request: Request, entity: str) -> RedirectResponse | None:
    """The redirect a path ending in a slash gets (``/entities/`` to the list, ``/api/entities/1/`` to
    entity 1), as before entity routes took slashes for names such as AC/DC; None for any other path."""
    if entity and not entity.endswith("/"):
        return None
    return RedirectResponse(request.url.path.rstrip("/") or "/", status_code=307)
