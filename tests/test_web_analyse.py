"""POST /analyse and /api/analyse: JSON or a form, analysed without storing, or stored when asked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from dateline.store import Store
from dateline.web import create_app

pytestmark = pytest.mark.slow  # runs the spaCy pipeline

ARTICLE = "Ada Vance, 52, flew to Oslo on Sunday with her brother Piet Vance."


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:  # type: ignore[no-untyped-def]
    with Store(str(tmp_path / "analyse.db")) as opened:
        yield opened


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))


def test_json_article_is_analysed_not_stored(client: TestClient, store: Store) -> None:
    response = client.post("/api/analyse", json={"text": ARTICLE, "date": "2025-03-04", "title": "Vance flies"})
    assert response.status_code == 200
    analysis = response.json()
    assert analysis["schema"] == "dateline.analysis/1" and analysis["document"]["date"] == "2025-03-04"
    assert "Ada Vance" in {e["name"] for e in analysis["entities"]}
    assert store.count_documents() == 0


def test_stored_when_asked_and_then_in_the_knowledge_base(client: TestClient, store: Store) -> None:
    response = client.post("/api/analyse", params={"store": "true"}, json={"text": ARTICLE, "id": "vance-1"})
    assert response.status_code == 201 and response.headers["location"] == "/api/documents/vance-1"
    assert store.count_documents() == 1
    assert client.get("/api/entities/Ada Vance").json()["name"] == "Ada Vance"
    again = client.post("/api/analyse", json={"text": ARTICLE, "id": "vance-1", "store": True})
    assert again.status_code == 200 and again.headers["location"] == "/api/documents/vance-1"  # nothing created
    assert store.count_documents() == 1


@pytest.mark.parametrize(("given", "location"), [("文章-1", "/api/documents/%E6%96%87%E7%AB%A0-1"),
                                                ("report #5?x y", "/api/documents/report%20%235%3Fx%20y")])
def test_the_location_of_any_id_is_a_link_to_it(client: TestClient, given: str, location: str) -> None:
    """A non-Latin id answered 500 (after storing the article); '#', '?' and spaces cut the link short."""
    response = client.post("/api/analyse", params={"store": "true"}, json={"text": ARTICLE, "id": given})
    assert response.status_code == 201 and response.headers["location"] == location
    assert client.get(location).json()["id"] == given


def test_another_text_under_a_stored_id_is_a_conflict(client: TestClient, store: Store) -> None:
    # It was a 422 whose message told a REST client to use the command line's --reanalyse.
    client.post("/api/analyse", params={"store": "true"}, json={"text": ARTICLE, "id": "vance-1"})
    response = client.post("/api/analyse", params={"store": "true"}, json={"text": "Piet Vance left Oslo.", "id": "vance-1"})
    assert response.status_code == 409
    assert response.json()["error"]["message"].startswith("another text is already stored with the id 'vance-1'")
    assert store.analysis("vance-1").document.text == ARTICLE


def test_a_header_in_the_text_gives_the_date(client: TestClient) -> None:
    analysis = client.post("/analyse", json={"text": f" date 2025-03-04 {ARTICLE}"}).json()
    assert analysis["document"]["date"] == "2025-03-04" and analysis["document"]["text"] == ARTICLE


def test_a_browser_form_gets_the_article_view(client: TestClient, store: Store) -> None:
    response = client.post("/analyse", data={"text": ARTICLE, "date": "2025-03-04", "title": "Vance flies"},
                           headers={"accept": "text/html,application/xhtml+xml"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "<h1 id=\"article-title\">Vance flies</h1>" in response.text
    assert 'class="mark entity ent-person"' in response.text and "Analysed, not stored." in response.text
    assert store.count_documents() == 0


def test_a_stored_form_links_to_its_page_and_its_entities(client: TestClient, store: Store) -> None:
    """The page of an article just stored had no link to it nor to its entities' pages."""
    response = client.post("/analyse", data={"text": ARTICLE, "id": "vance 1", "store": "on"},
                           headers={"accept": "text/html"})
    assert '<a class="stored-page" href="/documents/vance%201">its page</a>' in response.text
    ada = client.get("/api/entities/Ada Vance").json()["id"]
    assert f'<a href="/entities/{ada}">Ada Vance</a>' in response.text


def test_a_browser_form_with_an_error_comes_back_filled_in(client: TestClient, store: Store) -> None:
    """The error page had only a link home: the pasted article was lost with a typo in its date."""
    response = client.post("/analyse", data={"text": ARTICLE + " <b>", "date": "0999-12-30", "title": 'The "Vance" trip'},
                           headers={"accept": "text/html"})
    assert response.status_code == 422 and "<h1>Analyse an article</h1>" in response.text
    assert "the year must be from 1000 to 8999" in response.text
    assert f'required>{ARTICLE} &lt;b&gt;</textarea>' in response.text
    assert 'value="0999-12-30"' in response.text and 'value="The &#34;Vance&#34; trip"' in response.text
    assert store.count_documents() == 0
    as_json = client.post("/analyse", data={"text": ARTICLE, "date": "0999-12-30"})
    assert as_json.status_code == 422 and "the year must be" in as_json.json()["error"]["message"]


def test_an_article_dated_after_today_is_noted_on_its_page(client: TestClient) -> None:
    """The command line notes such a date (a likely typo: relative times are anchored to it); the page did not."""
    response = client.post("/analyse", data={"text": ARTICLE, "date": "2100-03-04"}, headers={"accept": "text/html"})
    assert 'class="notice future-date">Dated after today' in response.text
    past = client.post("/analyse", data={"text": ARTICLE, "date": "2025-03-04"}, headers={"accept": "text/html"})
    assert "future-date" not in past.text


def test_a_form_without_html_accept_gets_json(client: TestClient) -> None:
    response = client.post("/api/analyse", data={"text": ARTICLE})
    assert response.json()["document"]["text"] == ARTICLE


def test_read_only_still_analyses_but_does_not_store(store: Store) -> None:
    client = TestClient(create_app(store, read_only=True))
    assert client.post("/api/analyse", json={"text": ARTICLE}).status_code == 200
    assert client.post("/api/analyse", json={"text": ARTICLE, "store": True}).status_code == 403
    assert store.count_documents() == 0


def test_store_as_a_number_one_is_a_yes(client: TestClient, store: Store) -> None:
    assert client.post("/api/analyse", json={"text": ARTICLE, "id": "vance-1", "store": 1}).status_code == 201
    assert client.post("/api/analyse", json={"text": ARTICLE, "id": "vance-2", "store": 0}).status_code == 200
    assert store.count_documents() == 1
