"""ASGI middleware: security headers on every response, the size limit on request bodies, and empty query
parameters read as not given."""

from __future__ import annotations

import json
from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dateline.web.errors import error_body

__all__ = ["CONTENT_SECURITY_POLICY", "BlankParametersMiddleware", "BodyLimitMiddleware", "SecurityHeadersMiddleware"]

#: No inline script or style, nothing from another origin: a script planted in an article cannot run.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeadersMiddleware:
    """Adds the Content-Security-Policy and related headers to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in _HEADERS if h[0] not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BlankParametersMiddleware:
    """Drops the query parameters given without a value (``?entity=``, ``?source=&start=``): a form or a
    client that sends every field reads as one that sends none. Each endpoint took a blank its own way: no
    filter (``/api/facts?entity=``), a 404 ("no entity named ''", ``/api/threads?entity=``), a 422 ("'' is
    not a date"; "no fact has the predicate ''"), or an empty page (``/api/facts?source=``)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("query_string"):
            parts = scope["query_string"].split(b"&")
            scope = {**scope, "query_string": b"&".join(part for part in parts if part.partition(b"=")[2])}
        await self.app(scope, receive, send)


class _TooLarge(Exception):
    pass


class BodyLimitMiddleware:
    """Refuses a request body over ``max_body`` bytes on the given paths with 413 and a JSON message.

    The declared Content-Length is checked first; a body sent without one (chunked) is counted as
    it arrives, so the limit holds either way.
    """

    def __init__(self, app: ASGIApp, *, max_body: int, paths: Iterable[str]) -> None:
        self.app = app
        self.max_body = max_body
        self.paths = frozenset(paths)

    def _message(self) -> str:
        return f"request body too large: the limit is {self.max_body:,} bytes"

    async def _refuse(self, send: Send) -> None:
        body = json.dumps(error_body(413, self._message())).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] not in self.paths:
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            await self._refuse(send)
            return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._refuse(send)
