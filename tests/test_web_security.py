"""Untrusted article text: escaped everywhere, unsafe links not followed, a strict CSP, parameterised queries."""

from __future__ import annotations

from collections.abc import Iterator

import lxml.html
import pytest
from fastapi.testclient import TestClient

from dateline.web import create_app
from dateline.web.article_view import safe_url
from tests.webstory import HANDLER, JS_URL, SCRIPT, story_store

pytestmark = pytest.mark.slow  # resolving the story's entities reads the spaCy model's vocabulary

PAGES = ("/", "/documents", "/documents/holt-apr", "/entities/Kira Holt", "/entities?q=holt")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with story_store(tmp_path_factory.mktemp("security")) as store:
        yield TestClient(create_app(store))


@pytest.mark.parametrize("path", PAGES)
def test_planted_markup_is_escaped(client: TestClient, path: str) -> None:
    html = client.get(path).text
    assert SCRIPT not in html and "<script>window" not in html
    assert 'onmouseover="window' not in html
    page = lxml.html.fromstring(html)
    assert [s.get("src") for s in page.iter("script")] == ["/static/dateline.js"]
    assert not [e for e in page.iter() if any(name.startswith("on") for name in e.attrib)]
    assert not [href for href in page.xpath("//@href") if href.strip().lower().startswith("javascript")]


def test_planted_markup_is_shown_as_text(client: TestClient) -> None:
    page = lxml.html.fromstring(client.get("/documents/holt-apr").text)
    assert page.findtext(".//h1") == f"Holt {SCRIPT}"
    assert page.xpath("//span[@class='source-name']")[0].text == HANDLER
    assert page.xpath("//span[@class='url-text']")[0].text == JS_URL
    assert SCRIPT in page.xpath("//div[@class='text']")[0].text_content()
    assert page.findtext(".//title") == f"Holt {SCRIPT} · dateline"


def test_only_http_links_become_links() -> None:
    assert safe_url("https://example.invalid/a?b=1") == "https://example.invalid/a?b=1"
    assert safe_url("http://example.invalid") == "http://example.invalid"
    for bad in (JS_URL, " JavaScript:alert(1)", "data:text/html,<b>", "vbscript:x", "//example.invalid", "https:", None):
        assert safe_url(bad) is None, bad


def test_a_strict_content_security_policy_on_every_response(client: TestClient) -> None:
    for path in (*PAGES, "/api/documents", "/api/nowhere", "/static/dateline.css"):
        policy = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "default-src 'none'" in policy
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
        assert client.get(path).headers["x-content-type-options"] == "nosniff"


def test_no_inline_script_or_style_in_the_templates() -> None:
    from importlib import resources

    for template in (resources.files("dateline.web") / "templates").iterdir():
        text = template.read_text(encoding="utf-8")
        assert "<script>" not in text and "<style" not in text and " style=" not in text, template.name


@pytest.mark.parametrize("name", ["' OR 1=1 --", "_astell", "Robert'); DROP TABLE documents;--"])
def test_search_strings_are_data_not_sql(client: TestClient, name: str) -> None:
    assert client.get("/api/entities", params={"name": name}).json()["items"] == []
    assert client.get("/api/facts", params={"source": name}).json()["items"] == []
    unknown = client.get("/api/facts", params={"predicate": name})  # no fact has it: a 422 naming it
    assert unknown.status_code == 422 and repr(name) in unknown.json()["error"]["message"]
    assert client.get(f"/api/entities/{name}").status_code == 404
    assert len(client.get("/api/documents").json()["items"]) == 3


def test_like_wildcards_in_a_source_filter_match_literally(client: TestClient) -> None:
    for wildcard in ("%", "_", "\\"):
        assert client.get("/api/facts", params={"source": wildcard}).json()["items"] == []


def test_the_api_returns_untrusted_text_as_json_data(client: TestClient) -> None:
    response = client.get("/api/documents/holt-apr")
    assert response.headers["content-type"] == "application/json" and response.json()["title"] == f"Holt {SCRIPT}"
