"""The FastAPI application: the REST API under ``/api/``, the pages, the static assets.

>>> from dateline.store import Store
>>> app = create_app(Store("sqlite:///:memory:"), read_only=True)
>>> app.state.read_only
True
"""

from __future__ import annotations

import datetime as dt
import threading
from importlib import resources

import jinja2
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from dateline import __version__
from dateline.kb import KnowledgeBase
from dateline.labels import document_label
from dateline.store import Store
from dateline.timex import value_label
from dateline.web import api_analyse, api_documents, api_kb, pages
from dateline.web.errors import install_error_handlers
from dateline.web.middleware import BlankParametersMiddleware, BodyLimitMiddleware, SecurityHeadersMiddleware

__all__ = ["DEFAULT_MAX_BODY", "create_app"]

#: The largest request body ``POST /api/analyse`` accepts, in bytes.
DEFAULT_MAX_BODY = 1_000_000

ANALYSE_PATHS = ("/analyse", "/api/analyse")

_DESCRIPTION = """The dateline knowledge base over HTTP: documents and their analyses, entities with their
timelines and as-of views, facts, story threads, contradictions and rumours, and article analysis.

Every list is paginated (`limit`, `offset`; the answer's `next_offset` is null on the last page).
Every error is `{"error": {"status": ..., "message": ...}}` with the matching HTTP status."""


def _templates() -> jinja2.Environment:
    folder = resources.files("dateline.web") / "templates"
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        autoescape=True,  # article text and titles are untrusted: everything is escaped
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals["version"] = __version__
    environment.globals["label"] = document_label
    environment.filters["when"] = value_label  # a TIMEX3 value as a reader says it: "spring 2026", not "2026-SP"
    environment.globals["today"] = dt.date.today  # called per page: a server runs for days
    return environment


def create_app(
    store: Store, *, read_only: bool = False, max_body: int = DEFAULT_MAX_BODY, model: str | None = None
) -> FastAPI:
    """The web application over ``store``.

    ``read_only`` turns the write endpoints off (storing an analysis answers 403); ``max_body`` is
    the size limit of ``POST /api/analyse`` (413 above it); ``model`` is the spaCy pipeline used to
    analyse posted articles (loaded on the first one).
    """
    app = FastAPI(
        title="dateline",
        version=__version__,
        description=_DESCRIPTION,
        docs_url=None,  # the interactive docs load scripts from a CDN; /openapi.json is served
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.store = store
    app.state.kb = KnowledgeBase(store, model=model)
    app.state.read_only = read_only
    app.state.max_body = max_body
    app.state.model = model
    app.state.lock = threading.Lock()  # one analysis or write at a time: spaCy and SQLite writers serialise
    app.state.templates = _templates()
    install_error_handlers(app)
    for router in (api_documents.router, api_kb.router, api_analyse.router, pages.router):
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(resources.files("dateline.web") / "static")), name="static")
    app.add_middleware(BlankParametersMiddleware)
    app.add_middleware(BodyLimitMiddleware, max_body=max_body, paths=ANALYSE_PATHS)
    app.add_middleware(SecurityHeadersMiddleware)
    return app
