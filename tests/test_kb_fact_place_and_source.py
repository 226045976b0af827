"""A fact's place as a canonical entity in every output, and the source filter by the source's resolved name."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from fastapi.testclient import TestClient

from dateline.kb import FactFilter, KbFact, KnowledgeBase
from dateline.model import Analysis
from dateline.store import Store
from dateline.web import create_app
from tests.builders import analysis, attribution, entity, fact

pytestmark = pytest.mark.slow  # resolution reads the spaCy model's vocabulary


def _wedding() -> Analysis:
    text = "Carla Benn married Dev Osei in the Algarve on Saturday, her spokesperson said."
    source = attribution(text, "A1", "her spokesperson", "said", entity="E1")
    return analysis(
        text, id="benn-wedding", date=dt.date(2025, 6, 9),
        entities=[entity(text, "E1", "Carla Benn"), entity(text, "E2", "Dev Osei"), entity(text, "E3", "Algarve", "LOC")],
        facts=[fact(text, "F1", "married", ["E1", "E2"], "married", place="E3", asserted_by="A1")],
        attributions=[source],
    )


def _rumour() -> Analysis:
    text = "An insider told Pop Ledger that Dev Osei is dating Carla Benn."
    return analysis(
        text, id="benn-rumour", date=dt.date(2025, 2, 1),
        entities=[entity(text, "E1", "Dev Osei"), entity(text, "E2", "Carla Benn"), entity(text, "E3", "Pop Ledger", "ORG")],
        facts=[fact(text, "F1", "romance", ["E1", "E2"], "dating", certainty="possible", asserted_by="A1")],
        attributions=[attribution(text, "A1", "An insider", "told", anonymous=True, via="E3")],
    )


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    with Store(str(tmp_path_factory.mktemp("place") / "kb.db")) as store:
        for article in (_rumour(), _wedding()):
            store.add(article)
        knowledge = KnowledgeBase(store)
        knowledge.resolve()
        yield knowledge


def _wedding_fact(kb: KnowledgeBase) -> KbFact:
    (found,) = kb.facts(FactFilter(predicate="married"))
    return found


def test_a_fact_gives_its_place_as_a_canonical_entity(kb: KnowledgeBase) -> None:
    married = _wedding_fact(kb)
    assert married.place == kb.entity("Algarve").id and married.place_name == "Algarve"
    assert kb.facts(FactFilter(predicate="romance"))[0].place is None


def test_the_json_export_gives_the_place(kb: KnowledgeBase) -> None:
    facts = {f["predicate"]: f for f in json.loads(kb.export("json") or "")["facts"]}
    assert facts["married"]["place"] == kb.entity("Algarve").id and facts["romance"]["place"] is None


def test_the_jsonld_export_gives_the_place_as_the_facts_location(kb: KnowledgeBase) -> None:
    """The JSON-LD had no place at all: "married ... in the Algarve" lost the Algarve."""
    document = json.loads(kb.export("jsonld") or "")
    assert document["@context"]["location"] == {"@id": "schema:location", "@type": "@id"}
    (married,) = [node for node in document["@graph"] if node.get("predicate") == "married"]
    algarve = f"dl:entity/{kb.entity('Algarve').id}"
    assert married["location"] == algarve and algarve in {node["@id"] for node in document["@graph"]}


def test_the_graphml_export_gives_the_place_on_the_facts_edge(kb: KnowledgeBase, tmp_path: Path) -> None:
    kb.export("graphml", tmp_path / "kb.graphml")
    root = ElementTree.parse(tmp_path / "kb.graphml").getroot()
    name = "{http://graphml.graphdrawing.org/xmlns}"
    keys = {key.get("attr.name"): key.get("id") for key in root.iter(f"{name}key") if key.get("for") == "edge"}
    places = {}
    for edge in root.iter(f"{name}edge"):
        data = {item.get("key"): item.text or "" for item in edge.iter(f"{name}data")}
        places[data[keys["predicate"]]] = data[keys["place"]]
    assert places == {"married": str(kb.entity("Algarve").id), "romance": ""}


def test_the_source_filter_matches_the_name_the_source_resolves_to(kb: KnowledgeBase) -> None:
    """"her spokesperson", shown as Carla Benn, was found by its own words only: ?source=Carla found nothing."""
    for words in ("Carla", "benn", "CARLA BENN", "spokesperson"):
        assert [f.predicate for f in kb.facts(FactFilter(source=words))] == ["married"], words
    assert [f.predicate for f in kb.facts(FactFilter(source="insider"))] == ["romance"]
    assert kb.facts(FactFilter(source="Osei")) == []  # a participant, not a source
    assert kb.facts(FactFilter(source="carla%")) == []  # LIKE wildcards are matched literally
    # "all one outlet said": the outlet a source spoke through is matched too (it was not, before)
    assert [f.predicate for f in kb.facts(FactFilter(source="pop ledger"))] == ["romance"]


def test_the_api_gives_the_place_and_filters_by_the_sources_name(kb: KnowledgeBase) -> None:
    client = TestClient(create_app(kb.store))
    found = client.get("/api/facts", params={"source": "Carla"}).json()["items"]
    assert [(f["predicate"], f["source"]["entity"]) for f in found] == [("married", "Carla Benn")]
    assert found[0]["place"] == kb.entity("Algarve").id and found[0]["place_name"] == "Algarve"


def test_an_entitys_facts_include_those_that_happened_there(kb: KnowledgeBase) -> None:
    """?entity=Algarve found nothing: a fact's place was not among the entities the filter looked at."""
    algarve = kb.entity("Algarve").id
    assert [f.predicate for f in kb.facts(FactFilter(entity_id=algarve))] == ["married"]
    assert [f.predicate for f in kb.facts(FactFilter(place_id=algarve))] == ["married"]
    benn = kb.entity("Carla Benn").id
    assert [f.predicate for f in kb.facts(FactFilter(entity_id=benn))] == ["romance", "married"]
    assert kb.facts(FactFilter(place_id=benn)) == []  # she took part in both, but neither happened at her


def test_the_api_finds_facts_by_their_place(kb: KnowledgeBase) -> None:
    client = TestClient(create_app(kb.store))
    for params in ({"entity": "Algarve"}, {"place": "Algarve"}, {"place": str(kb.entity("Algarve").id)}):
        assert [f["predicate"] for f in client.get("/api/facts", params=params).json()["items"]] == ["married"], params
    assert client.get("/api/facts", params={"place": "Carla Benn"}).json()["items"] == []
    assert client.get("/api/facts", params={"place": "Nowhere Town"}).status_code == 404


def test_the_cli_finds_facts_by_their_place(kb: KnowledgeBase) -> None:
    """`dateline facts --place` mirrors ?place= and FactFilter.place_id."""
    from typer.testing import CliRunner

    from dateline.cli import app

    def predicates(*args: str) -> list[str]:
        result = CliRunner().invoke(app, ["facts", "--db", kb.store.target, *args, "--format", "json"])
        assert result.exit_code == 0, result.output
        return [f["predicate"] for f in json.loads(result.stdout)]

    assert predicates("--place", "Algarve") == ["married"]
    assert predicates("--place", "Carla Benn") == []  # she took part, but nothing happened at her
    assert predicates("--entity", "Algarve") == ["married"]
