"""The entity page as a fact-checker reads it: namesakes named, seasons in words, who works for whom."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient

from dateline.kb import KnowledgeBase
from dateline.store import Store
from dateline.web import create_app
from tests.builders import analysis, entity, fact
from tests.test_kb import _namesakes

pytestmark = pytest.mark.slow  # resolution compares contexts with the spaCy pipeline's word vectors


def _wedding():
    text = "Nora Vail will marry Tom Ashby next spring, and her agent Ivo Pell works for her."
    day = dt.date(2025, 3, 10)
    found = analysis(text, id="vail", date=day, entities=[
        entity(text, "E1", "Nora Vail"), entity(text, "E2", "Tom Ashby"), entity(text, "E3", "Ivo Pell"),
    ], facts=[
        fact(text, "F1", "married", ["E1", "E2"], "marry", time="2026-SP", tense="future"),
        fact(text, "F2", "works_for", ["E3"], "works", object="E1"),
    ])
    found.facts[0].arguments["object_text"] = "small wedding"  # what the text names without an entity
    return found


@pytest.fixture
def client(tmp_path: Path, nlp: object) -> TestClient:
    store = Store(str(tmp_path / "notes.db"))
    for item in (_wedding(), *_namesakes()):
        store.add(item)
    KnowledgeBase(store).resolve()
    return TestClient(create_app(store))


def _page(client: TestClient, path: str) -> lxml.html.HtmlElement:
    response = client.get(path, headers={"accept": "text/html"})
    assert response.status_code == 200, response.text
    return lxml.html.fromstring(response.text)


def test_entity_page_names_the_other_entities_of_its_name(client: TestClient) -> None:
    # Two people called Daniel Price: the page of the one the name means named no other, as the CLI does.
    footballer = _page(client, "/entities/Daniel Price")  # the name means the one of 29, the full name first
    (note,) = footballer.xpath("//p[contains(@class,'namesakes')]")
    (link,) = note.xpath(".//a")
    assert "(PERSON, 1 article, born 1953 or 1954)" in note.text_content()  # the judge, 71 in March 2025
    other = _page(client, link.get("href"))  # the other one, by id, names the first in turn
    assert other.xpath("//p[contains(@class,'namesakes')]//a")
    assert not _page(client, "/entities/Nora Vail").xpath("//p[contains(@class,'namesakes')]")


def test_entity_page_says_a_season_in_words_and_marks_the_entity_as_object(client: TestClient) -> None:
    page = _page(client, "/entities/Nora Vail")
    cells = [" ".join(td.text_content().split()) for td in page.xpath("//table[contains(@class,'timeline-table')]//td[1]")]
    assert "spring 2026" in cells and "2026-SP" not in cells
    details = [point.get("data-detail") for point in page.xpath("//svg//a[contains(@class,'point')]")]
    assert any(detail.startswith("spring 2026 ·") for detail in details)
    assert any("works_for (← Ivo Pell)" in detail for detail in details)  # Ivo Pell works for her, not she for him


def test_article_panel_says_what_a_fact_is_about_and_its_season_in_words(client: TestClient) -> None:
    page = _page(client, "/documents/vail")
    (wedding,) = page.xpath("//li[@data-fact='F1']")
    assert " ".join(wedding.xpath(".//span[@class='what']")[0].text_content().split()) == "→ small wedding"
    assert wedding.xpath(".//span[@class='when']")[0].text_content() == "spring 2026"
