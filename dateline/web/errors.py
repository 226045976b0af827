"""One error shape for the whole web app: ``{"error": {"status": ..., "message": ...}}``.

Every failure (a DatelineError from the library, a bad parameter, an unknown route, a body over the
size limit, a write on a read-only server) is answered with that JSON and the right status; a page
request (not under ``/api/``, asking for HTML) gets the same message as an HTML page.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from dateline.errors import (
    DatelineError,
    InputError,
    LexiconError,
    MissingExtraError,
    NotFoundError,
    PipelineError,
    StoreError,
)

__all__ = [
    "ERROR_RESPONSES",
    "BodyTooLargeError",
    "ConflictError",
    "ErrorBody",
    "ReadOnlyError",
    "error_body",
    "install_error_handlers",
    "status_for",
]

log = logging.getLogger("dateline.web")


class ReadOnlyError(DatelineError):
    """A write was asked of a server started read-only."""


class ConflictError(DatelineError):
    """A posted article to store has the id of another stored text."""


class BodyTooLargeError(DatelineError):
    """A request body is over the server's size limit."""


_STATUS: list[tuple[type[DatelineError], int]] = [
    (NotFoundError, 404),
    (InputError, 422),
    (ReadOnlyError, 403),
    (ConflictError, 409),
    (BodyTooLargeError, 413),
    (MissingExtraError, 501),
    (StoreError, 503),
    (LexiconError, 500),
    (PipelineError, 500),
]


def status_for(error: DatelineError) -> int:
    """The HTTP status of a library error (500 for kinds not listed)."""
    return next((status for kind, status in _STATUS if isinstance(error, kind)), 500)


class ErrorDetail(BaseModel):
    """What went wrong, in words, and the HTTP status."""

    status: int
    message: str


class ErrorBody(BaseModel):
    """The JSON of every error response."""

    error: ErrorDetail


#: The errors every API route may answer, as the OpenAPI document declares them: FastAPI's own
#: ``HTTPValidationError`` (``{"detail": [...]}``) was declared for 422, a shape the API never sends,
#: and 404 and 503 were not declared at all.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "No such document or entity."},
    422: {"model": ErrorBody, "description": "An invalid parameter or article."},
    503: {"model": ErrorBody, "description": "The store cannot be read."},
}


def error_body(status: int, message: str) -> dict[str, Any]:
    """The JSON of every error response."""
    return {"error": {"status": status, "message": message}}


def _wants_html(request: Request) -> bool:
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return False
    accept = request.headers.get("accept", "")
    return "text/html" in accept and "application/json" not in accept.split(",")[0]


def error_response(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """The error as JSON, or as an HTML page for a page request."""
    if _wants_html(request) and hasattr(request.app.state, "templates"):
        html = request.app.state.templates.get_template("error.html").render(
            request=request, status=status, message=message, read_only=request.app.state.read_only
        )
        return HTMLResponse(html, status_code=status, headers=headers)
    return JSONResponse(error_body(status, message), status_code=status, headers=headers)


def _validation_message(error: RequestValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(part) for part in item.get("loc", ()) if part not in ("query", "path", "body"))
        message = _date_message(item) or str(item.get("msg"))
        parts.append(f"{where}: {message}" if where else message)
    return "invalid request: " + "; ".join(parts)


def _date_message(item: Any) -> str | None:
    """A bad date parameter said as the CLI says it: pydantic's own words ("input is too short",
    "Datetimes provided to dates should have zero time") did not say which form a date takes."""
    if not str(item.get("type", "")).startswith("date_") or not isinstance(item.get("input"), str):
        return None
    return f"{item['input']!r} is not a date YYYY-MM-DD"


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error in the one shape."""

    @app.exception_handler(DatelineError)
    async def dateline_error(request: Request, error: DatelineError) -> Response:
        # The library names the store it read; a client has no business knowing the server's paths.
        message = str(error).replace(f" in {request.app.state.store.target}", "")
        return error_response(request, status_for(error), message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> Response:
        return error_response(request, 422, _validation_message(error))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        message = error.detail if isinstance(error.detail, str) else "error"
        if error.status_code == 404 and message == "Not Found":
            message = f"no such page or endpoint: {request.url.path}"
        return error_response(request, error.status_code, message, headers=getattr(error, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, error: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return error_response(request, 500, "internal error (see the server's log)")
