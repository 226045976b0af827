"""``dateline serve``: the REST API and the pages, over a store."""

from __future__ import annotations

from typing import Annotated

import typer

from dateline.cli.app import DbOption, ModelOption, app, err_console
from dateline.errors import MissingExtraError

__all__ = ["serve_command"]


@app.command("serve")
def serve_command(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on; anything but loopback is read-only unless --no-read-only.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    read_only: Annotated[
        bool | None,
        typer.Option("--read-only/--no-read-only", help="Turn the write endpoints off (default: on unless the host is loopback).", show_default=False),
    ] = None,
    max_body: Annotated[int, typer.Option("--max-body", min=1, help="Largest POST /api/analyse body, in bytes.")] = 1_000_000,
    model: ModelOption = None,
) -> None:
    """Serve the REST API (OpenAPI at /openapi.json) and the pages: articles, entities, timelines, analyse.

    Binds 127.0.0.1 unless told otherwise; on any other address it is read-only by default.
    Example: dateline serve --db news.db --port 8000
    """
    try:
        from dateline.cli.resolving import resolve_with_notice
        from dateline.kb import KnowledgeBase
        from dateline.store import Store
        from dateline.web import check_address, create_app, is_loopback, serve
    except ModuleNotFoundError as error:
        raise MissingExtraError("web", error.name or "fastapi") from error
    check_address(host, port)  # before a long resolve, not after it
    store = Store(db)
    resolve_with_notice(KnowledgeBase(store, model=model))  # documents stored by other means are linked first
    locked = read_only if read_only is not None else not is_loopback(host)
    # A mistyped --db opens a new, empty store: say so, rather than serve empty pages without a word.
    empty = " (no documents yet: a new store?)" if store.count_documents() == 0 else ""
    err_console.print(
        f"dateline: http://{host}:{port}/ over {store.target}{' (read-only)' if locked else ''}{empty}",
        markup=False,
        soft_wrap=True,  # one line: a URL broken over two is no link
    )
    serve(create_app(store, read_only=locked, max_body=max_body, model=model), host=host, port=port)
