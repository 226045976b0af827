"""REST: ``POST /api/analyse`` (and ``POST /analyse``, which answers a browser's form with the article view)."""

from __future__ import annotations

import json
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from dateline.errors import InputError
from dateline.store import AddOutcome
from dateline.web.analyse import Analysed, ArticleIn, analyse_article, document_from_fields, wants_store
from dateline.web.article_view import article_view
from dateline.web.deps import render
from dateline.web.errors import ERROR_RESPONSES

__all__ = ["router"]

router = APIRouter(tags=["analyse"], responses=ERROR_RESPONSES)

_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")
_ERROR = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": ArticleIn.model_json_schema()},
            "application/x-www-form-urlencoded": {"schema": ArticleIn.model_json_schema()},
            "multipart/form-data": {"schema": ArticleIn.model_json_schema()},
        },
    },
    "responses": {
        "200": {"description": "The analysis (dateline.analysis/1), not stored, or stored before with the same text."},
        "201": {"description": "The analysis, stored (Location: its document)."},
        "403": {"description": "Storing asked of a read-only server.", "content": _ERROR},
        "409": {"description": "Storing asked under the id of another stored text.", "content": _ERROR},
        "413": {"description": "The body is over the size limit.", "content": _ERROR},
        "415": {"description": "A body neither JSON nor a form.", "content": _ERROR},
        "422": {"description": "Not a valid article."},
    },
}
StoreQuery = Annotated[bool, Query(description="Also store the analysis (refused on a read-only server).")]


async def _fields(request: Request) -> dict[str, Any]:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        try:
            fields = json.loads(await request.body())
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise InputError(f"malformed JSON ({error})", input="request") from error
        if not isinstance(fields, dict):
            raise InputError("the body must be a JSON object with 'text'", input="request")
        return fields
    url = request.url.replace(query="")
    if kind in _FORMS:
        form = await request.form()
        fields = {key: value for key, value in form.items() if isinstance(value, str)}
        if "text" not in fields:
            # `curl -d "words"` posts the words as a form field's name: it was told only "missing 'text'".
            raise InputError(
                "missing 'text': a form needs a field named text (curl -d 'words' sends the words as a field's "
                f"name): curl --data-urlencode text@article.txt --data-urlencode date=2025-04-17 {url}",
                input="request",
            )
        return fields
    # It said "send the article as JSON or as a form" and no more: a one-line example of each.
    raise HTTPException(
        415,
        f"send the article as JSON with 'text' (and optional 'date' YYYY-MM-DD, 'title', ...) or as a form with a "
        f"'text' field, not {kind or 'an untyped body'}: curl -H 'Content-Type: application/json' "
        f"""-d '{{"text": "Maya Lund arrived in Oslo.", "date": "2025-04-17"}}' {url}""",
    )


async def _analyse(request: Request, store: bool) -> Analysed:
    fields = await _fields(request)
    state = request.app.state
    document = document_from_fields(fields)
    result = await run_in_threadpool(
        analyse_article,
        document,
        kb=state.kb,
        store=store or wants_store(fields.get("store")),
        read_only=state.read_only,
        lock=state.lock,
        model=state.model,
    )
    return result


def _json(result: Analysed) -> Response:
    if result.outcome is None:
        return JSONResponse(result.analysis.to_dict())
    # Quoted: an id outside Latin-1 ("文章-1") made the header unencodable, a 500 after the article was
    # stored, and "#", "?" or a space cut the link short.
    location = f"/api/documents/{quote(result.analysis.document.id, safe='/')}"
    # The same text posted again creates nothing: 200, still saying where it is stored.
    status = 200 if result.outcome is AddOutcome.unchanged else 201
    return JSONResponse(result.analysis.to_dict(), status_code=status, headers={"Location": location})


@router.post("/api/analyse", openapi_extra=_BODY, response_class=JSONResponse)
async def analyse_json(request: Request, store: StoreQuery = False) -> Response:
    """Analyse an article (JSON or form: text, optional date, title, source, url, id); store it with ``store``."""
    result = await _analyse(request, store)
    return _json(result)


@router.post("/analyse", openapi_extra=_BODY, response_class=JSONResponse)
async def analyse_negotiated(request: Request, store: StoreQuery = False) -> Response:
    """As ``POST /api/analyse``; a form posted by a browser (Accept: text/html) gets the article view, or
    the form again, filled in as sent, with what is wrong."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    browser = kind in _FORMS and "text/html" in request.headers.get("accept", "")
    try:
        result = await _analyse(request, store)
    except InputError as error:
        if not browser:
            raise
        # The error page had only a link home: the pasted article was gone with a date's typo.
        return render(request, "analyse.html", status_code=422, max_body=request.app.state.max_body,
                      fields=await _fields(request), error=error.reason)
    if browser:
        stored = result.outcome is not None
        # Stored, its entities link to their pages (and the notice to the article's): the page had no link
        # into the knowledge base the article had just joined.
        canonical = request.app.state.kb.canonical_ids(result.analysis.document.id) if stored else {}
        return render(
            request, "article.html", view=article_view(result.analysis), canonical=canonical, stored=stored, analysed=True,
        )
    return _json(result)
