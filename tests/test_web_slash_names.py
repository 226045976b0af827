"""An entity whose name holds a slash (AC/DC) is found by name on its page and every REST endpoint; a
document whose id ends in "/analysis" is reached as docs/web.md says."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline.kb import KnowledgeBase
from dateline.store import Store
from dateline.web import create_app
from tests.builders import analysis, entity

pytestmark = pytest.mark.slow  # resolving reads the spaCy model's vocabulary

TEXT = "AC/DC played in Oslo on Friday."


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path = Path(tmp_path_factory.mktemp("slash")) / "s.db"
    with Store(str(path)) as store:
        store.add(analysis(TEXT, id="gig", date=dt.date(2025, 3, 7), entities=[
            entity(TEXT, "E1", "AC/DC", "ORG"), entity(TEXT, "E2", "Oslo", "GPE"),
        ]))
        KnowledgeBase(store).resolve()
        yield TestClient(create_app(store))


def test_one_entity_by_a_name_with_a_slash(client: TestClient) -> None:
    # The route took one path segment: "AC/DC" answered "no such page or endpoint".
    response = client.get("/api/entities/AC%2FDC")
    assert response.status_code == 200 and response.json()["name"] == "AC/DC"


@pytest.mark.parametrize("endpoint", ["timeline", "asof?date=2025-12-31", "documents", "attributes", "links"])
def test_its_endpoints_by_name(client: TestClient, endpoint: str) -> None:
    assert client.get(f"/api/entities/AC%2FDC/{endpoint}").status_code == 200


def test_the_endpoints_of_an_id_are_not_taken_for_a_name(client: TestClient) -> None:
    entity_id = client.get("/api/entities/AC%2FDC").json()["id"]
    assert [d["document_id"] for d in client.get(f"/api/entities/{entity_id}/documents").json()["items"]] == ["gig"]


def test_its_page_by_name(client: TestClient) -> None:
    page = client.get("/entities/AC%2FDC", headers={"accept": "text/html"})
    assert page.status_code == 200 and "AC/DC" in page.text


@pytest.mark.parametrize(("path", "target"), [("/entities/", "/entities"), ("/api/entities/", "/api/entities"),
                                              ("/api/entities/1/", "/api/entities/1")])
def test_a_trailing_slash_still_redirects(client: TestClient, path: str, target: str) -> None:
    response = client.get(path, follow_redirects=False)
    assert (response.status_code, response.headers["location"]) == (307, target)


def test_a_document_id_ending_in_analysis_is_taken_by_the_analysis_route(tmp_path: Path) -> None:
    """docs/web.md says so: /api/documents/report/analysis is the analysis of "report" (a %2F is decoded
    before routing), and the document "report/analysis" is reached through its own analysis route."""
    with Store(str(tmp_path / "ids.db")) as store:
        for id in ("report/analysis", "report"):
            store.add(analysis("Maya Lund arrived in Oslo.", id=id, date=dt.date(2025, 3, 7), entities=[]))
        client = TestClient(create_app(store))
        for path in ("/api/documents/report/analysis", "/api/documents/report%2Fanalysis"):
            assert client.get(path).json()["document"]["id"] == "report"
        assert client.get("/api/documents/report/analysis/analysis").json()["document"]["id"] == "report/analysis"
