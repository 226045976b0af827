"""The JSON, JSON-LD and GraphML exports are written a page at a time, and their text is what building the whole
object (or graph) in memory and writing it at once gave."""

from __future__ import annotations

import datetime as dt
import importlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, insert, select

from dateline.bench.synthetic import build_synthetic_store
from dateline.kb.entities import CanonicalEntity, list_entities
from dateline.kb.export import export
from dateline.kb.facts import KbFact, load_facts
from dateline.store import Store
from dateline.store import tables as t

# The package's ``export`` is the function, so the module is looked up by its name.
export_module = importlib.import_module("dateline.kb.export")


def _whole(connection: Connection) -> str:
    """The export as it was built before it streamed: the whole object in memory, dumped at once."""
    documents = t.documents.c
    query = select(documents.id, documents.title, documents.date, documents.source, documents.url).order_by(documents.id)
    keys = list(connection.execute(select(t.facts.c.key).order_by(t.facts.c.document_id, t.facts.c.key)).scalars())
    payload = {
        "documents": [
            {**row._mapping, "date": row.date.isoformat() if row.date else None} for row in connection.execute(query)
        ],
        "entities": [entity.model_dump(mode="json") for entity in list_entities(connection, limit=1_000_000)],
        "facts": [fact.model_dump(mode="json") for fact in load_facts(connection, keys)],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2, default=str)


def _fact_keys(connection: Connection) -> list[str]:
    return list(connection.execute(select(t.facts.c.key).order_by(t.facts.c.document_id, t.facts.c.key)).scalars())


def _whole_jsonld(connection: Connection) -> str:
    """The JSON-LD export as it was built before it streamed: the whole graph in memory, dumped at once."""
    graph: list[dict[str, Any]] = []
    for entity in list_entities(connection, limit=1_000_000):
        node: dict[str, Any] = {"@id": f"dl:entity/{entity.id}", "@type": export_module._SCHEMA_TYPES[entity.type], "name": entity.name}
        if entity.aliases:
            node["alternateName"] = entity.aliases
        graph.append(node)
    for document in connection.execute(select(t.documents).order_by(t.documents.c.id)):
        node = {"@id": export_module._document_iri(document.id), "@type": "schema:NewsArticle"}
        if document.title:
            node["headline"] = document.title
        if document.date:
            node["datePublished"] = document.date.isoformat()
        graph.append(node)
    for fact in load_facts(connection, _fact_keys(connection)):
        graph.extend(export_module._fact_nodes(fact))
    return json.dumps({"@context": export_module.JSONLD_CONTEXT, "@graph": graph}, ensure_ascii=False, indent=2, default=str)


def _networkx_graphml(connection: Connection) -> bytes:
    """The GraphML export as networkx wrote it before it streamed, from the whole graph built in memory."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for entity in list_entities(connection, limit=1_000_000):
        graph.add_node(entity.id, label=entity.name, type=entity.type, documents=entity.documents)
    for fact in load_facts(connection, _fact_keys(connection)):
        attributes = {
            "predicate": fact.predicate, "time": fact.time or "", "polarity": fact.polarity, "certainty": fact.certainty,
            "tense": fact.tense or "", "source": fact.source.label(), "document": fact.document_id, "fact": fact.key,
            "place": "" if fact.place is None else str(fact.place),  # since ops5, declared last as networkx would
        }
        ends = list(dict.fromkeys(fact.participants))
        for target in [fact.object] if fact.object is not None else ends[1:]:
            if ends and target is not None and target != ends[0]:
                graph.add_edge(ends[0], target, **attributes)
    written = io.BytesIO()
    nx.write_graphml(graph, written)
    return written.getvalue()


def _invented(store: Store) -> None:
    """Ten synthetic articles, and what they lack: titles with quotes, a newline and non-ASCII letters, an
    article with no date, and two entities tied on documents and name (so the id orders them)."""
    build_synthetic_store(store, facts=40, facts_per_document=4, people=6)
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    base = {"sha256": "0" * 64, "text": "x", "words": 1, "schema": "dateline.analysis/1", "analysis": {}, "ingested_at": now}
    with store.engine.begin() as connection:
        connection.execute(
            insert(t.documents),
            [
                {**base, "id": "report #5", "title": 'Zoë said "no"\nthen left', "date": None, "source": "Le Monde", "url": None},
                {**base, "id": "émigré", "title": None, "date": dt.date(2020, 2, 29), "source": None, "url": "https://x.invalid/é"},
            ],
        )
        connection.execute(
            insert(t.canonical_entities),
            [
                {"id": 101, "name": "Zoë Tie", "type": "PERSON", "documents": 1, "mentions": 1, "profile": {}},
                {"id": 100, "name": "Zoë Tie", "type": "ORG", "documents": 1, "mentions": 2, "profile": {}},
            ],
        )


@pytest.mark.parametrize("page", [1, 3, 1000])
def test_streamed_json_is_the_whole_object_dumped_at_once(store: Store, monkeypatch: pytest.MonkeyPatch, page: int) -> None:
    _invented(store)
    monkeypatch.setattr(export_module, "_PAGE", page)
    with store.engine.connect() as connection:
        expected = _whole(connection)
        returned = export(connection, "json", None)
        stream = io.StringIO()
        export(connection, "json", stream)
    assert returned == expected
    assert stream.getvalue() == expected + "\n"
    payload = json.loads(expected)
    assert [len(payload[name]) for name in payload] == [12, 8, 40]
    assert [e["id"] for e in payload["entities"] if e["name"] == "Zoë Tie"] == [100, 101]
    for entity in payload["entities"]:
        CanonicalEntity.model_validate(entity)
    for fact in payload["facts"]:
        KbFact.model_validate(fact)


def test_streamed_json_of_an_empty_store_and_to_a_file(sqlite_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "kb.json"
    with sqlite_store.engine.connect() as connection:
        expected = _whole(connection)
        export(connection, "json", path)
    assert path.read_text(encoding="utf-8") == expected + "\n"
    assert json.loads(expected) == {"documents": [], "entities": [], "facts": []}


@pytest.mark.parametrize("page", [1, 3, 1000])
def test_streamed_jsonld_and_graphml_are_what_the_whole_graph_gave(
    store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, page: int
) -> None:
    _invented(store)
    _link_a_fact_to_its_object_and_three_people(store)
    monkeypatch.setattr(export_module, "_PAGE", page)
    with store.engine.connect() as connection:
        jsonld, graphml = _whole_jsonld(connection), _networkx_graphml(connection)
        assert export(connection, "jsonld", None) == jsonld
        stream = io.StringIO()
        export(connection, "jsonld", stream)
        (tmp_path / "out").mkdir()
        export(connection, "graphml", tmp_path / "out" / "kb.graphml")
    assert stream.getvalue() == jsonld + "\n"
    assert (tmp_path / "out" / "kb.graphml").read_bytes() == graphml
    assert graphml.count(b"<edge ") == 41 and b'id="3"' in graphml  # parallel edges are numbered per pair
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["kb.graphml"]


def _link_a_fact_to_its_object_and_three_people(store: Store) -> None:
    """A fact with an object (one edge, to it) and one of three people (an edge to each other one)."""
    with store.engine.begin() as connection:
        first, second = _fact_keys(connection)[:2]
        links, participants = t.entity_links.c, t.fact_participants.c
        taken = select(links.canonical_id).join(t.fact_participants, participants.entity_key == links.entity_key)
        taken = taken.where(participants.fact_key.in_([first, second]))
        other = connection.execute(
            select(links.entity_key).where(links.canonical_id.not_in(taken)).order_by(links.entity_key).limit(1)
        ).scalar_one()
        connection.execute(t.facts.update().where(t.facts.c.key == first).values(object_entity_key=other))
        connection.execute(insert(t.fact_participants), [{"fact_key": second, "entity_key": other, "position": 9}])


def test_graphml_is_valid_xml_with_the_documented_keys(sqlite_store: Store, tmp_path: Path) -> None:
    from xml.etree import ElementTree

    _invented(sqlite_store)
    with sqlite_store.engine.connect() as connection:
        export(connection, "graphml", tmp_path / "kb.graphml")
    root = ElementTree.parse(tmp_path / "kb.graphml").getroot()
    name = "{http://graphml.graphdrawing.org/xmlns}"
    keys = {(key.get("for"), key.get("attr.name")) for key in root.iter(f"{name}key")}
    assert keys == {("node", n) for n in ("label", "type", "documents")} | {
        ("edge", n) for n in ("predicate", "time", "polarity", "certainty", "tense", "source", "document", "fact", "place")
    }
    assert len(list(root.iter(f"{name}node"))) == 8 and len(list(root.iter(f"{name}edge"))) == 40


def test_graphml_of_a_store_without_facts_or_without_anything(sqlite_store: Store, tmp_path: Path) -> None:
    # networkx declared the nodes' keys only with nodes and the edges' only with edges.
    path = tmp_path / "kb.graphml"
    with sqlite_store.engine.connect() as connection:
        export(connection, "graphml", path)
        assert path.read_bytes() == _networkx_graphml(connection)
    with sqlite_store.engine.begin() as connection:
        connection.execute(insert(t.canonical_entities), [{"id": 7, "name": "Ivo Kerr", "type": "PERSON", "documents": 0, "mentions": 0, "profile": {}}])
    with sqlite_store.engine.connect() as connection:
        export(connection, "graphml", path)
        assert path.read_bytes() == _networkx_graphml(connection)
    assert b'attr.name="label"' in path.read_bytes() and b'for="edge"' not in path.read_bytes()


def test_other_formats_read_the_same_pages(sqlite_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    _invented(sqlite_store)
    monkeypatch.setattr(export_module, "_PAGE", 3)
    with sqlite_store.engine.connect() as connection:
        graph: dict[str, Any] = json.loads(export(connection, "jsonld", None) or "")
    kinds = [node["@type"] for node in graph["@graph"]]
    assert kinds.count("schema:NewsArticle") == 12 and kinds.count(["prov:Entity", "dl:Fact"]) == 40


def test_an_export_that_fails_partway_leaves_the_earlier_file_whole(
    sqlite_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _invented(sqlite_store)
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "kb.json"
    path.write_text("the export of yesterday\n", encoding="utf-8")

    def fail_after_a_page(connection: Connection, format: str, stream: io.StringIO) -> None:
        stream.write('{"documents": [')
        raise RuntimeError("the store went away")

    monkeypatch.setattr(export_module, "_write_text", fail_after_a_page)
    with sqlite_store.engine.connect() as connection, pytest.raises(RuntimeError):
        export(connection, "json", path)
    assert path.read_text(encoding="utf-8") == "the export of yesterday\n"
    assert [p.name for p in path.parent.iterdir()] == ["kb.json"]


def test_a_graphml_export_that_fails_partway_leaves_the_earlier_file_whole(
    sqlite_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # networkx wrote the file in place, so a failure left it truncated; it is now written beside it first.
    _invented(sqlite_store)
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "kb.graphml"
    path.write_text("the graph of yesterday\n", encoding="utf-8")

    def fail_after_some_nodes(xml: Any, entities: Any, edges: Any) -> None:
        xml.write("<node")
        raise RuntimeError("the store went away")

    monkeypatch.setattr(export_module, "_write_graphml_nodes", fail_after_some_nodes)
    with sqlite_store.engine.connect() as connection, pytest.raises(RuntimeError):
        export(connection, "graphml", path)
    assert path.read_text(encoding="utf-8") == "the graph of yesterday\n"
    assert [p.name for p in path.parent.iterdir()] == ["kb.graphml"]
