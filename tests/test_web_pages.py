"""The pages over a hand-built store: home, article view, entity page with its SVG timeline, search, analyse form."""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.html
import pytest
from fastapi.testclient import TestClient

from dateline.store import Store
from dateline.web import create_app
from tests.webstory import story_store

pytestmark = pytest.mark.slow  # resolving the story's entities reads the spaCy model's vocabulary


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with story_store(tmp_path_factory.mktemp("pages")) as opened:
        yield opened


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))


def _page(client: TestClient, path: str) -> lxml.html.HtmlElement:
    response = client.get(path, headers={"accept": "text/html"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    return lxml.html.fromstring(response.text)


def _texts(page: lxml.html.HtmlElement, xpath: str) -> list[str]:
    return [" ".join(node.text_content().split()) for node in page.xpath(xpath)]


def test_home_has_search_counts_and_recent_documents(client: TestClient) -> None:
    page = _page(client, "/")
    assert page.findtext(".//title") == "Home · dateline"
    assert page.xpath("//form[@role='search']//input[@name='q']")
    assert _texts(page, "//dd[@id='count-documents']") == ["3"]
    assert _texts(page, "//dd[@id='count-facts']") == ["6"]
    assert _texts(page, "//table//tbody/tr/td[1]")[0].startswith("Holt")


def test_article_page_takes_the_start_of_an_id_as_the_cli_tables_show_it(client: TestClient) -> None:
    # The tables key a hash-id article's facts by the hash's first 12 characters; the page was a 404.
    page = _page(client, "/documents/castell-j")
    assert page.xpath("//span[@id='fact-F1']")
    assert client.get("/documents/castell", headers={"accept": "text/html"}).status_code == 422  # two ids start so


def test_article_view_highlights_each_kind_in_its_own_style(client: TestClient) -> None:
    page = _page(client, "/documents/castell-jan")
    text = page.xpath("//div[@class='text']")[0]
    assert _texts(text, ".//span[contains(@class,'entity')]")[:2] == ["Mira Castell", "Oren Vale"]
    time = text.xpath(".//span[contains(@class,' time')]")[0]
    assert time.get("data-value") == "2025-01-10" and time.get("tabindex") == "0"
    assert _texts(time, ".//span[@role='tooltip']") == ["2025-01-10"]
    quote = text.xpath(".//span[contains(@class,' quote')]")[0]
    assert _texts(quote, "./span[@role='tooltip']") == ["Source: An insider (anonymous), via StarPage"]
    assert "anonymous" in quote.get("class")
    assert _texts(text, ".//span[contains(@class,' cue')]") == ["told"]
    assert _texts(text, ".//span[contains(@class,' source')]") == ["An insider"]
    # the text itself is kept whole, tooltips aside
    for tip in text.xpath(".//span[@role='tooltip']"):
        tip.drop_tree()
    assert text.text_content() == client.get("/api/documents/castell-jan").json()["text"]


def test_article_view_fact_panel_has_badges_and_sources(client: TestClient) -> None:
    page = _page(client, "/documents/castell-mar")
    facts = page.xpath("//ol[@class='facts']/li")
    assert [f.get("data-fact") for f in facts] == ["F1", "F2", "F3"]
    denial = facts[2]
    assert _texts(denial, ".//a[@class='fact-title']") == ["not romance"]
    assert _texts(denial, ".//span[contains(@class,'badge')]") == ["denied", "certain"]
    assert _texts(denial, ".//span[@class='source-label']") == ["A spokesperson for Castell"]
    assert denial.xpath(".//a/@href") == ["#fact-F3"] and page.xpath("//span[@id='fact-F3']")
    links = page.xpath("//ul[@class='entities']//a/@href")
    assert f"/entities/{client.get('/api/entities/Mira Castell').json()['id']}" in links


def test_entity_page_timeline_points_in_order(client: TestClient) -> None:
    page = _page(client, "/entities/Mira Castell")
    assert page.findtext(".//title") == "Mira Castell · dateline"
    assert _texts(page, "//h1")[0].startswith("Mira Castell")
    points = page.xpath("//svg[@id='timeline']//a[contains(@class,'point')]")
    dates = [p.get("data-date") for p in points]
    xs = [float(p.xpath("./circle/@cx")[0]) for p in points]
    assert dates == sorted(dates) and xs == sorted(xs) and len(points) == 5
    assert [p.xpath("string(./text)") for p in points][:3] == ["married (Teo Brandt)", "divorced (Teo Brandt)", "met (Oren Vale)"]
    married = points[0]
    assert married.xpath("./rect[@class='bar']"), "an interval is drawn as a bar"
    denied = [p for p in points if "denied" in p.get("class")]
    assert len(denied) == 1 and denied[0].xpath("./path[@class='cross']")
    classes = {c for p in points for c in p.get("class").split()}
    assert {"certain", "possible", "by-article"} <= classes


def test_entity_page_attributes_rumours_contradictions_articles(client: TestClient) -> None:
    page = _page(client, "/entities/Mira Castell")
    assert _texts(page, "//dd[@class='birth']") == ["between 1983-01-13 and 1984-01-12"]
    assert _texts(page, "//tr[@class='attribute-age']/td[position() < 4]") == ["age", "41", "2025-01-12"]
    assert _texts(page, "//ul[contains(@class,'rumours')]/li/strong") == ["Mira Castell and Oren Vale romance"]
    assert page.xpath("//h2[@id='contradictions-heading']")
    assert page.xpath("//ul[@class='articles']//a/@href") == ["/documents/castell-mar", "/documents/castell-jan"]
    # Each step of a rumour links to its fact's words in the article, as the timeline's rows do (it
    # linked to the article's top, leaving a fact-checker to find the sentence).
    steps = page.xpath("//ul[contains(@class,'rumours')]//ol[@class='steps']//a/@href")
    assert steps and all(re.fullmatch(r"/documents/castell-(jan|mar)#fact-F\d+", href) for href in steps)


def test_entity_search_page(client: TestClient) -> None:
    page = _page(client, "/entities?q=vale")
    assert _texts(page, "//table//tbody//a") == ["Oren Vale"]
    assert page.findtext(".//title") == "Entities matching “vale” · dateline"


def test_an_entity_search_of_only_punctuation_is_an_error_page_not_every_entity(client: TestClient) -> None:
    response = client.get("/entities?q=%25", headers={"accept": "text/html"})
    assert response.status_code == 422 and response.headers["content-type"].startswith("text/html")
    assert "nothing to search for in the name" in response.text


def test_entity_search_page_reads_a_type_in_any_case(client: TestClient) -> None:
    page = _page(client, "/entities?q=vale&type=person")
    assert _texts(page, "//table//tbody//a") == ["Oren Vale"]
    assert page.xpath("//select[@id='type']/option[@selected]/@value") == ["PERSON"]


@pytest.mark.parametrize(("path", "first"), [("/documents?offset=500", "/documents"),
                                             ("/entities?q=vale&offset=500", "/entities?q=vale&type=")])
def test_a_page_past_the_last_says_so_and_links_to_the_first(client: TestClient, path: str, first: str) -> None:
    """It said "No documents." (or "No entities match") with a Previous link to another empty page."""
    page = _page(client, path)
    assert _texts(page, "//p[@class='past-the-end']") == ["Nothing past offset 500: the first page."]
    assert page.xpath("//p[@class='past-the-end']/a/@href") == [first]


def test_analyse_page_has_a_labelled_form(client: TestClient) -> None:
    page = _page(client, "/analyse")
    form = page.xpath("//form[@action='/analyse'][@method='post']")[0]
    for field in ("text", "date", "title", "source", "store"):
        assert form.xpath(f".//label[@for='{field}']"), field
    assert form.xpath(".//input[@id='date']/@type") == ["date"]


def test_every_page_has_one_h1_a_skip_link_and_a_main_landmark(client: TestClient) -> None:
    for path in ("/", "/documents", "/documents/castell-jan", "/entities", "/entities/Oren Vale", "/analyse"):
        page = _page(client, path)
        assert len(page.xpath("//h1")) == 1, path
        assert page.xpath("//a[@class='skip'][@href='#main']") and page.xpath("//main[@id='main']"), path


@pytest.mark.parametrize("path", ["/", "/documents", "/entities", "/analyse"])
def test_pages_answer_head_as_get_without_a_body(client: TestClient, path: str) -> None:
    # curl -I and uptime checks got 405 Method Not Allowed.
    response = client.head(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")


def test_head_adds_nothing_to_the_openapi_document(client: TestClient) -> None:
    operations = client.get("/openapi.json").json()["paths"].values()
    assert not any("head" in methods for methods in operations)


def test_read_only_hides_the_store_option(store: Store) -> None:
    page = lxml.html.fromstring(TestClient(create_app(store, read_only=True)).get("/analyse").text)
    assert not page.xpath("//input[@name='store']") and _texts(page, "//span[contains(@class,'read-only')]")


def test_an_untitled_document_with_a_hash_id_is_named_briefly() -> None:
    from dateline.labels import document_label

    assert document_label(None, "a" * 64) == "aaaaaaaaaaaa…"
    assert document_label(None, "castell-jan") == "castell-jan" and document_label("T", "x") == "T"


def test_counts_of_one_are_singular() -> None:
    # "knowledge base: 14 entities of 1 documents resolved", "Timeline of ...: 1 dated facts".
    from dateline.labels import counted

    assert (counted(1, "document"), counted(0, "document"), counted(1200, "fact")) == ("1 document", "0 documents", "1200 facts")
