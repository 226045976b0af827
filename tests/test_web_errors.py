"""Every error of the web app has one JSON shape, {"error": {"status", "message"}}, and the right status."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from dateline.store import Store
from dateline.web import create_app


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:  # type: ignore[no-untyped-def]
    with Store(str(tmp_path / "empty.db")) as opened:
        yield opened


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(store, read_only=True, max_body=1000), raise_server_exceptions=False)


def _error(response) -> dict:  # type: ignore[no-untyped-def]
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}, body
    assert body["error"]["status"] == response.status_code
    assert response.headers["content-type"] == "application/json"
    return body["error"]


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "message"),
    [
        ("get", "/api/documents/nope", {}, 404, "no document with id 'nope'"),
        ("get", "/api/entities/Nobody Atall", {}, 404, "no entity named 'Nobody Atall'"),
        ("get", "/api/facts", {"params": {"entity": "Nobody Atall"}}, 404, "no entity named 'Nobody Atall'"),
        ("get", "/api/nowhere", {}, 404, "no such page or endpoint: /api/nowhere"),
        ("get", "/api/documents", {"params": {"limit": 0}}, 422, "invalid request: limit: Input should be greater than or equal to 1"),
        ("get", "/api/facts", {"params": {"polarity": "maybe"}}, 422, "invalid request: polarity: Input should be 'positive' or 'negative'"),
        ("get", "/api/entities/1/asof", {}, 422, "invalid request: date: Field required"),
        ("get", "/api/entities/1/asof", {"params": {"date": "soon"}}, 422, "invalid request: date: 'soon' is not a date YYYY-MM-DD"),
        ("get", "/api/facts", {"params": {"start": "2025"}}, 422, "invalid request: start: '2025' is not a date YYYY-MM-DD"),
        ("get", "/api/entities/1/timeline", {"params": {"end": "2025-02-30"}}, 422,
         "invalid request: end: '2025-02-30' is not a date YYYY-MM-DD"),
        ("delete", "/api/documents", {}, 405, "Method Not Allowed"),
        ("post", "/api/analyse", {"content": b"text", "headers": {"content-type": "text/plain"}}, 415,
         ("send the article as JSON with 'text' (and optional 'date' YYYY-MM-DD, 'title', ...) or as a form with a "
          "'text' field, not text/plain: curl -H 'Content-Type: application/json' "
          """-d '{"text": "Maya Lund arrived in Oslo.", "date": "2025-04-17"}' http://testserver/api/analyse""")),
        ("post", "/api/analyse", {"content": b"Ada Vance left.", "headers": {"content-type": "application/x-www-form-urlencoded"}},
         422, ("request: missing 'text': a form needs a field named text (curl -d 'words' sends the words as a field's "
               "name): curl --data-urlencode text@article.txt --data-urlencode date=2025-04-17 http://testserver/api/analyse")),
        ("post", "/api/analyse", {"content": b"{oops", "headers": {"content-type": "application/json"}}, 422,
         "request: malformed JSON"),
        ("post", "/api/analyse", {"json": ["a list"]}, 422, "request: the body must be a JSON object with 'text'"),
        ("post", "/api/analyse", {"json": {"title": "no text"}}, 422, "request: missing 'text' (a string)"),
        ("post", "/api/analyse", {"json": {"text": " "}}, 422, "request: no text (empty or whitespace only)"),
        ("post", "/api/analyse", {"json": {"text": "Ada Vance left.", "date": "2025-13-01"}}, 422, "request: invalid date '2025-13-01'"),
        ("post", "/api/analyse", {"json": {"text": "Ada Vance left.", "store": "maybe"}}, 422,
         "request: 'store' must be true or false, not 'maybe'"),
        ("post", "/api/analyse", {"data": {"text": "Ada Vance left.", "store": "ture"}}, 422,
         "request: 'store' must be true or false, not 'ture'"),
        ("post", "/api/analyse", {"json": {"text": "Ada Vance left.", "store": True}}, 403,
         "this server is read-only: analyses cannot be stored (start it with --no-read-only"),
        ("post", "/api/analyse", {"json": {"text": "x" * 2000}}, 413, "request body too large: the limit is 1,000 bytes"),
    ],
)
def test_error_shape(client: TestClient, method: str, path: str, kwargs: dict, status: int, message: str) -> None:
    response = getattr(client, method)(path, **kwargs)
    assert response.status_code == status
    assert _error(response)["message"].startswith(message)


def test_body_limit_holds_without_a_content_length(client: TestClient) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(10):
            yield b'{"text": "' + b"x" * 300

    response = client.post("/api/analyse", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413 and "1,000 bytes" in _error(response)["message"]


def test_messages_do_not_reveal_the_store_path(client: TestClient, store: Store) -> None:
    assert store.target not in _error(client.get("/api/documents/nope"))["message"]


def test_a_page_request_gets_an_html_error_page(client: TestClient) -> None:
    response = client.get("/documents/nope", headers={"accept": "text/html"})
    assert response.status_code == 404 and response.headers["content-type"].startswith("text/html")
    assert "<h1>Error 404</h1>" in response.text and "no document with id &#39;nope&#39;" in response.text


def test_an_unexpected_failure_is_a_500_without_details(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(**_: object) -> None:
        raise RuntimeError("secret detail")

    monkeypatch.setattr(store, "documents", broken)
    client = TestClient(create_app(store), raise_server_exceptions=False)
    error = _error(client.get("/api/documents"))
    assert error == {"status": 500, "message": "internal error (see the server's log)"}
