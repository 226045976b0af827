"""Exports of the knowledge base: JSON, JSON-LD (schema.org + PROV-O), CSV per table, GraphML."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, select

from dateline.errors import InputError, MissingExtraError
from dateline.kb.entities import CanonicalEntity, list_entities
from dateline.kb.facts import KbFact, load_facts
from dateline.store import tables as t

__all__ = ["EXPORT_FORMATS", "export"]

EXPORT_FORMATS = ("json", "jsonld", "csv", "graphml")

_SCHEMA_TYPES = {
    "PERSON": "schema:Person",
    "ORG": "schema:Organization",
    "GPE": "schema:Place",
    "LOC": "schema:Place",
    "WORK": "schema:CreativeWork",
    "EVENT": "schema:Event",
    "NORP": "schema:Thing",
    "OTHER": "schema:Thing",
}

JSONLD_CONTEXT = {
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dl": "https://dateline.invalid/vocab#",
    "name": "schema:name",
    "alternateName": "schema:alternateName",
    "headline": "schema:headline",
    "datePublished": {"@id": "schema:datePublished", "@type": "xsd:date"},
    "predicate": "dl:predicate",
    "participant": {"@id": "dl:participant", "@type": "@id"},
    "object": {"@id": "dl:object", "@type": "@id"},
    "time": "dl:time",
    "polarity": "dl:polarity",
    "certainty": "dl:certainty",
    "tense": "dl:tense",
    "wasAttributedTo": {"@id": "prov:wasAttributedTo", "@type": "@id"},
    "wasDerivedFrom": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
    "hasSelector": "oa:hasSelector",
    "start": {"@id": "oa:start", "@type": "xsd:nonNegativeInteger"},
    "end": {"@id": "oa:end", "@type": "xsd:nonNegativeInteger"},
    "anonymous": {"@id": "dl:anonymous", "@type": "xsd:boolean"},
    "via": "dl:via",
}


def _all_entities(connection: Connection) -> list[CanonicalEntity]:
    found: list[CanonicalEntity] = []
    while batch := list_entities(connection, limit=1000, offset=len(found)):
        found.extend(batch)
    return found


def _all_facts(connection: Connection) -> list[KbFact]:
    keys = list(connection.execute(select(t.facts.c.key).order_by(t.facts.c.document_id, t.facts.c.key)).scalars())
    return load_facts(connection, keys)


def _documents(connection: Connection) -> list[dict[str, Any]]:
    query = select(t.documents.c.id, t.documents.c.title, t.documents.c.date, t.documents.c.source, t.documents.c.url)
    return [dict(row._mapping) for row in connection.execute(query.order_by(t.documents.c.id))]


def _entity_iri(entity_id: int | None) -> str | None:
    return None if entity_id is None else f"dl:entity/{entity_id}"


def _document_iri(document_id: str) -> str:
    """Percent-encoded: an id with a space or a '#' ("report #5") made no IRI, and RDF readers dropped
    its article. ``dl:`` ends in '#', so what hangs off an article (its author, its sources) follows a
    '/': a second '#' made no IRI either."""
    return f"dl:document/{quote(document_id, safe='')}"


def _jsonld(connection: Connection) -> dict[str, Any]:
    graph: list[dict[str, Any]] = []
    for entity in _all_entities(connection):
        node: dict[str, Any] = {
            "@id": _entity_iri(entity.id), "@type": _SCHEMA_TYPES.get(entity.type, "schema:Thing"), "name": entity.name
        }
        if entity.aliases:
            node["alternateName"] = entity.aliases
        graph.append(node)
    for document in _documents(connection):
        node = {"@id": _document_iri(document["id"]), "@type": "schema:NewsArticle"}
        if document["title"]:
            node["headline"] = document["title"]
        if document["date"]:
            node["datePublished"] = document["date"].isoformat()
        graph.append(node)
    for fact in _all_facts(connection):
        graph.extend(_fact_nodes(fact))
    return {"@context": JSONLD_CONTEXT, "@graph": graph}


def _fact_nodes(fact: KbFact) -> Iterator[dict[str, Any]]:
    node: dict[str, Any] = {
        "@id": f"dl:fact/{quote(fact.key, safe='/')}",
        "@type": ["prov:Entity", "dl:Fact"],
        "predicate": fact.predicate,
        "participant": [_entity_iri(cid) for cid in fact.participants],
        "polarity": fact.polarity,
        "certainty": fact.certainty,
        "wasDerivedFrom": _document_iri(fact.document_id),
        "hasSelector": {"@type": "oa:TextPositionSelector", "start": fact.evidence_start, "end": fact.evidence_end},
    }
    if fact.object is not None:
        node["object"] = _entity_iri(fact.object)
    if fact.time:
        node["time"] = fact.time
    if fact.tense:
        node["tense"] = fact.tense
    if fact.source.kind == "author":
        node["wasAttributedTo"] = f"{_document_iri(fact.document_id)}/author"
    else:
        agent_id = f"{_document_iri(fact.document_id)}/source-{fact.source.attribution}"
        node["wasAttributedTo"] = agent_id
        agent = {"@id": agent_id, "@type": "prov:Agent", "name": fact.source.label(), "anonymous": fact.source.anonymous}
        if fact.source.via:
            agent["via"] = fact.source.via
        yield agent
    yield node


def _json(connection: Connection) -> dict[str, Any]:
    return {
        "documents": [{**d, "date": d["date"].isoformat() if d["date"] else None} for d in _documents(connection)],
        "entities": [entity.model_dump(mode="json") for entity in _all_entities(connection)],
        "facts": [fact.model_dump(mode="json") for fact in _all_facts(connection)],
    }


def _csv(connection: Connection, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    tables = ["documents", "canonical_entities", "entity_links", "entities", "facts", "fact_participants", "attributions", "times"]
    written = []
    for name in tables:
        table = t.metadata.tables[name]
        columns = [c for c in table.columns if c.name not in ("text", "analysis", "vector")]
        path = folder / f"{name}.csv"
        with path.open("w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream)
            writer.writerow([c.name for c in columns])
            for row in connection.execute(select(*columns)):
                writer.writerow([json.dumps(v) if isinstance(v, dict | list) else v for v in row])
        written.append(path)
    return written


def _graphml(connection: Connection, path: Path) -> None:
    try:
        import networkx as nx
    except ModuleNotFoundError as error:
        raise MissingExtraError("export", "networkx") from error
    graph = nx.MultiDiGraph()
    for entity in _all_entities(connection):
        graph.add_node(entity.id, label=entity.name, type=entity.type, documents=entity.documents)
    for fact in _all_facts(connection):
        attributes = {
            "predicate": fact.predicate,
            "time": fact.time or "",
            "polarity": fact.polarity,
            "certainty": fact.certainty,
            "tense": fact.tense or "",
            "source": fact.source.label(),
            "document": fact.document_id,
            "fact": fact.key,
        }
        ends = list(dict.fromkeys(fact.participants))
        targets = [fact.object] if fact.object is not None else ends[1:]
        for target in targets:
            if ends and target is not None and target != ends[0]:
                graph.add_edge(ends[0], target, **attributes)
    nx.write_graphml(graph, path)


def export(connection: Connection, format: str, destination: Path | None) -> str | None:
    """Export the knowledge base in ``format``.

    json and jsonld return the text when ``destination`` is None, else write it there; csv writes one
    file per table into the folder ``destination``; graphml writes the file ``destination``. A
    destination that cannot be written (a missing folder, a file where the csv folder should be) is
    an InputError naming it.
    """
    try:
        return _export(connection, format, destination)
    except OSError as error:
        raise InputError(f"cannot write the export ({error.strerror or error})", input=str(destination)) from error


def _export(connection: Connection, format: str, destination: Path | None) -> str | None:
    if format not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {format!r}: use one of {', '.join(EXPORT_FORMATS)}")
    if format in ("json", "jsonld"):
        payload = _json(connection) if format == "json" else _jsonld(connection)
        text = json.dumps(payload, ensure_ascii=False, indent=2, default=str)
        if destination is None:
            return text
        destination.write_text(text + "\n", encoding="utf-8")
        return None
    if destination is None:
        raise InputError(f"the {format} export needs --output (a {'folder' if format == 'csv' else 'file'})")
    if format == "csv":
        _csv(connection, destination)
    else:
        _graphml(connection, destination)
    return None
