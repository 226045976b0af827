"""The REST API over a hand-built store: documents, entities, timeline, as-of, facts, threads, rumours, OpenAPI."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from dateline.store import Store
from dateline.web import create_app
from tests.webstory import story_store

pytestmark = pytest.mark.slow  # resolving the story's entities reads the spaCy model's vocabulary


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with story_store(tmp_path_factory.mktemp("api")) as opened:
        yield opened


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))


def test_documents_are_listed_newest_first_and_paginated(client: TestClient) -> None:
    first = client.get("/api/documents", params={"limit": 2}).json()
    assert [d["id"] for d in first["items"]] == ["holt-apr", "castell-mar"]
    assert first["next_offset"] == 2
    rest = client.get("/api/documents", params={"limit": 2, "offset": 2}).json()
    assert [d["id"] for d in rest["items"]] == ["castell-jan"] and rest["next_offset"] is None


def test_one_document_and_its_analysis(client: TestClient) -> None:
    document = client.get("/api/documents/castell-jan").json()
    assert document["title"] == "Castell and Vale dine in Lisbon" and document["text"].startswith("Mira Castell, 41")
    analysis = client.get("/api/documents/castell-jan/analysis").json()
    assert analysis["schema"] == "dateline.analysis/1"
    assert [f["predicate"] for f in analysis["facts"]] == ["met", "romance"]
    assert analysis["times"][0]["value"] == "2025-01-10"


def test_a_document_by_the_start_of_its_id_as_dateline_show_takes_it(client: TestClient) -> None:
    # The REST API wanted the exact id where `dateline show` took a unique start of it.
    assert client.get("/api/documents/holt").json()["id"] == "holt-apr"
    assert client.get("/api/documents/holt/analysis").json()["document"]["id"] == "holt-apr"
    assert client.get("/api/documents/castell-mar").json()["id"] == "castell-mar"
    several = client.get("/api/documents/castell")
    assert several.status_code == 422
    assert several.json()["error"]["message"] == (
        "several document ids start with 'castell' (castell-jan, castell-mar): give more of it"
    )
    assert client.get("/api/documents/castell/analysis").status_code == 422
    assert client.get("/api/documents/nobody").status_code == 404
    assert client.get("/api/documents/hol").status_code == 404  # too short a start, as in the CLI


def test_entity_search_and_one_entity(client: TestClient) -> None:
    found = client.get("/api/entities", params={"name": "castell"}).json()["items"]
    assert [e["name"] for e in found] == ["Mira Castell"]
    people = client.get("/api/entities", params={"type": "PERSON", "limit": 1}).json()
    assert people["items"][0]["name"] == "Mira Castell" and people["next_offset"] == 1
    one = client.get(f"/api/entities/{found[0]['id']}").json()
    assert one["birth_interval"] == "1983-01-13/1984-01-12"
    assert client.get("/api/entities/Mira Castell").json()["id"] == one["id"]


def test_an_entity_search_of_only_punctuation_is_422_not_every_entity(client: TestClient) -> None:
    assert client.get("/api/entities", params={"name": "V_le"}).json()["items"] == []
    answer = client.get("/api/entities", params={"name": "%"})
    assert answer.status_code == 422
    assert "nothing to search for in the name '%'" in answer.json()["error"]["message"]


def test_entity_type_in_any_case_and_an_unknown_type_is_422(client: TestClient) -> None:
    people = client.get("/api/entities", params={"type": "person"}).json()["items"]
    assert people and {e["type"] for e in people} == {"PERSON"}
    unknown = client.get("/api/entities", params={"type": "people"})
    assert unknown.status_code == 422 and "unknown entity type 'people'" in unknown.json()["error"]["message"]


def test_timeline_in_time_order_with_a_date_range(client: TestClient) -> None:
    items = client.get("/api/entities/Mira Castell/timeline").json()["items"]
    assert [(i["date"], i["predicate"]) for i in items][:3] == [("2012", "married"), ("2016", "divorced"),
                                                                ("2025-01-10", "met")]
    recent = client.get("/api/entities/Mira Castell/timeline", params={"start": "2025-01-01", "limit": 1}).json()
    assert [i["predicate"] for i in recent["items"]] == ["met"] and recent["next_offset"] == 1


def test_asof_gives_what_was_said_by_then(client: TestClient) -> None:
    before = client.get("/api/entities/Oren Vale/asof", params={"date": "2025-02-01"}).json()["items"]
    after = client.get("/api/entities/Oren Vale/asof", params={"date": "2025-03-31"}).json()["items"]
    status = {s["predicate"]: s["status"] for s in before}
    assert status["romance"] == "speculated"
    assert {s["predicate"]: s["status"] for s in after}["romance"] == "denied"


def test_entity_documents_attributes_and_links(client: TestClient) -> None:
    documents = client.get("/api/entities/Mira Castell/documents").json()["items"]
    assert [d["document_id"] for d in documents] == ["castell-mar", "castell-jan"]
    ages = [a for a in client.get("/api/entities/Mira Castell/attributes").json()["items"] if a["name"] == "age"]
    assert [(a["value"], a["as_of"]) for a in ages] == [("41", "2025-01-12")]
    assert len(client.get("/api/entities/Mira Castell/links").json()["items"]) == 2


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"entity": "Mira Castell"}, ["married", "divorced", "met", "romance", "romance"]),
        ({"predicate": "romance", "polarity": "negative"}, ["romance"]),
        ({"certainty": "possible"}, ["romance"]),
        ({"source": "anonymous"}, ["romance"]),
        ({"start": "2025-03-01", "end": "2025-03-31"}, ["romance"]),
        ({"document": "holt-apr"}, ["travel"]),
    ],
)
def test_facts_filters(client: TestClient, params: dict[str, str], expected: list[str]) -> None:
    assert [f["predicate"] for f in client.get("/api/facts", params=params).json()["items"]] == expected


def test_threads_contradictions_and_rumours(client: TestClient) -> None:
    threads = client.get("/api/threads", params={"entity": "Oren Vale"}).json()["items"]
    assert threads[0]["title"] == "Mira Castell and Oren Vale: romance rumours"
    rumours = client.get("/api/rumours", params={"entity": "Mira Castell"}).json()["items"]
    assert [(r["predicate"], r["status"]) for r in rumours] == [("romance", "denied")]
    assert [s["status"] for s in rumours[0]["steps"]] == ["speculated", "denied"]
    assert client.get("/api/contradictions").json() == {"items": [], "limit": 50, "offset": 0, "next_offset": None}


def test_every_list_endpoint_is_paginated(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    paged = []
    for path, item in schema["paths"].items():
        if "get" not in item:
            continue
        answer = item["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert answer.get("type") != "array", f"{path} answers a bare list"
        model = schema["components"]["schemas"][answer["$ref"].rsplit("/", 1)[-1]]
        if "next_offset" in model["properties"]:
            paged.append(path)
            assert {"limit", "offset"} <= {p["name"] for p in item["get"]["parameters"]}, path
    assert len(paged) == 11


def test_openapi_document_declares_the_error_shape_the_api_sends(client: TestClient) -> None:
    """It declared FastAPI's HTTPValidationError ({"detail": [...]}) for 422, a shape never sent, and no 404."""
    schema = client.get("/openapi.json").json()
    assert "HTTPValidationError" not in schema["components"]["schemas"]
    assert set(schema["components"]["schemas"]["ErrorBody"]["properties"]) == {"error"}
    error = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            errors = {status: answer for status, answer in operation["responses"].items() if status >= "400"}
            assert {"404", "422"} <= set(errors), (method, path)
            assert all(answer.get("content") == error for answer in errors.values()), (method, path)
    sent = client.get("/api/entities", params={"limit": 0}).json()
    assert set(sent) == {"error"} and set(sent["error"]) == {"status", "message"}


def test_openapi_document_lists_the_endpoints(client: TestClient) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {"/api/documents", "/api/documents/{document_id}", "/api/documents/{document_id}/analysis",
            "/api/entities", "/api/entities/{entity}", "/api/entities/{entity}/timeline",
            "/api/entities/{entity}/asof", "/api/facts", "/api/threads", "/api/contradictions", "/api/rumours",
            "/api/analyse", "/analyse"} <= paths
    assert not any(path in paths for path in ("/", "/documents/{document_id}"))  # pages are not API


@pytest.mark.parametrize("path", ["/api/facts", "/api/entities/Mira Castell/timeline"])
def test_a_start_after_the_end_is_an_error(client: TestClient, path: str) -> None:
    """It answered an empty page, as if there were no facts in the range."""
    response = client.get(path, params={"start": "2025-12-31", "end": "2025-01-01"})
    assert response.status_code == 422
    assert response.json()["error"]["message"] == "invalid request: start 2025-12-31 is after end 2025-01-01"


@pytest.mark.parametrize(
    ("path", "blanks"),
    [
        ("/api/facts", "entity=&predicate=&start=&end=&source=&polarity=&certainty=&document="),
        ("/api/threads", "entity="),
        ("/api/rumours", "entity="),
        ("/api/contradictions", "entity="),
        ("/api/entities", "name=&type=&offset="),
        ("/api/entities/Mira Castell/timeline", "start=&end="),
    ],
)
def test_a_parameter_sent_empty_reads_as_not_given(client: TestClient, path: str, blanks: str) -> None:
    # A client sending every field got a 404 ("no entity named ''"), a 422 ("'' is not a date") or an
    # empty page (source=), each endpoint its own way.
    plain = client.get(path)
    blank = client.get(f"{path}?{blanks}")
    assert plain.status_code == blank.status_code == 200, blank.text
    assert blank.json() == plain.json()
    assert plain.json()["items"] or path == "/api/contradictions"  # the story has none


def test_facts_of_a_document_take_the_start_of_its_id(client: TestClient) -> None:
    # As /api/documents/{id} and the CLI's tables do ("46b36f1fd208"); it was a 404 "no document with id".
    whole = client.get("/api/facts", params={"document": "castell-jan"}).json()
    start = client.get("/api/facts", params={"document": "castell-j"})
    assert start.status_code == 200, start.text
    assert start.json() == whole and whole["items"]
