"""Exports of the knowledge base: JSON, JSON-LD (schema.org + PROV-O), CSV per table, GraphML."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from sqlalchemy import Connection, and_, or_, select

from dateline.errors import InputError, MissingExtraError
from dateline.kb.entities import CanonicalEntity, canonical_entity
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


_PAGE = 1000


def _entities(connection: Connection) -> Iterator[CanonicalEntity]:
    """Every canonical entity in :func:`list_entities`' order (most documents, name, id), a page at a time;
    each page starts after the last row of the one before, so a page costs the same at the end of a large
    store as at its start (an offset made the database walk all the rows before it)."""
    entities = t.canonical_entities.c
    query = select(t.canonical_entities).order_by(entities.documents.desc(), entities.name, entities.id).limit(_PAGE)
    page = query
    while rows := list(connection.execute(page)):
        yield from (canonical_entity(row) for row in rows)
        last = rows[-1]
        page = query.where(
            or_(
                entities.documents < last.documents,
                and_(entities.documents == last.documents, or_(entities.name > last.name, and_(entities.name == last.name, entities.id > last.id))),
            )
        )


def _facts(connection: Connection) -> Iterator[KbFact]:
    """Every fact by document and key, a page at a time (keyset-paged like :func:`_entities`)."""
    facts = t.facts.c
    query = select(facts.document_id, facts.key).order_by(facts.document_id, facts.key).limit(_PAGE)
    page = query
    while rows := list(connection.execute(page)):
        yield from load_facts(connection, [row.key for row in rows])
        last = rows[-1]
        page = query.where(or_(facts.document_id > last.document_id, and_(facts.document_id == last.document_id, facts.key > last.key)))


def _documents(connection: Connection) -> Iterator[dict[str, Any]]:
    documents = t.documents.c
    query = select(documents.id, documents.title, documents.date, documents.source, documents.url).order_by(documents.id).limit(_PAGE)
    page = query
    while rows := list(connection.execute(page)):
        yield from (dict(row._mapping) for row in rows)
        page = query.where(documents.id > rows[-1].id)


def _entity_iri(entity_id: int | None) -> str | None:
    return None if entity_id is None else f"dl:entity/{entity_id}"


def _document_iri(document_id: str) -> str:
    """Percent-encoded: an id with a space or a '#' ("report #5") made no IRI, and RDF readers dropped
    its article. ``dl:`` ends in '#', so what hangs off an article (its author, its sources) follows a
    '/': a second '#' made no IRI either."""
    return f"dl:document/{quote(document_id, safe='')}"


def _jsonld(connection: Connection) -> dict[str, Any]:
    graph: list[dict[str, Any]] = []
    for entity in _entities(connection):
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
    for fact in _facts(connection):
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


def _write_json(connection: Connection, stream: TextIO) -> None:
    """The JSON export, written piece by piece: each document, entity and fact is read a page at a time
    and written as it comes, so memory stays flat with the store's size. The text is what
    ``json.dumps({"documents": [...], "entities": [...], "facts": [...]}, ensure_ascii=False, indent=2)``
    gives for the whole object, byte for byte."""
    sections = {"documents": _json_documents(connection), "entities": _json_entities(connection), "facts": _json_facts(connection)}
    stream.write("{")
    for index, (name, items) in enumerate(sections.items()):
        stream.write(f'{"," if index else ""}\n  "{name}": [')
        empty = True
        for item in items:
            # json.dumps never writes a raw newline inside a string, so every newline starts a line to indent.
            text = json.dumps(item, ensure_ascii=False, indent=2, default=str).replace("\n", "\n    ")
            stream.write(f'{"" if empty else ","}\n    {text}')
            empty = False
        stream.write("]" if empty else "\n  ]")
    stream.write("\n}")


def _json_documents(connection: Connection) -> Iterator[dict[str, Any]]:
    for document in _documents(connection):
        yield {**document, "date": document["date"].isoformat() if document["date"] else None}


def _json_entities(connection: Connection) -> Iterator[dict[str, Any]]:
    for entity in _entities(connection):
        yield entity.model_dump(mode="json")


def _json_facts(connection: Connection) -> Iterator[dict[str, Any]]:
    for fact in _facts(connection):
        yield fact.model_dump(mode="json")


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
    for entity in _entities(connection):
        graph.add_node(entity.id, label=entity.name, type=entity.type, documents=entity.documents)
    for fact in _facts(connection):
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


def _write_text(connection: Connection, format: str, stream: TextIO) -> None:
    """json is written piece by piece; jsonld is still built whole in memory, then written."""
    if format == "json":
        _write_json(connection, stream)
    else:
        stream.write(json.dumps(_jsonld(connection), ensure_ascii=False, indent=2, default=str))


def export(connection: Connection, format: str, destination: Path | TextIO | None) -> str | None:
    """Export the knowledge base in ``format``.

    json and jsonld return the text when ``destination`` is None, else write it there (a file, or an open
    text stream such as stdout, followed by a newline); json is written as it is read, so its memory does
    not grow with the store's size unless the text is returned; csv writes one
    file per table into the folder ``destination``; graphml writes the file ``destination``. A
    destination that cannot be written (a missing folder, a file where the csv folder should be) is
    an InputError naming it.
    """
    try:
        return _export(connection, format, destination)
    except OSError as error:
        name = str(destination) if isinstance(destination, Path | None) else getattr(destination, "name", "the stream")
        raise InputError(f"cannot write the export ({error.strerror or error})", input=name) from error


def _write_file_whole(connection: Connection, format: str, destination: Path) -> None:
    # Streamed pages go to a sibling file first so that an export that fails partway leaves no
    # truncated file behind, and an earlier export at that path stays until the new one is whole.
    partial = destination.with_name(f".{destination.name}.partial")
    try:
        with partial.open("w", encoding="utf-8") as stream:
            _write_text(connection, format, stream)
            stream.write("\n")
        partial.replace(destination)
    finally:
        partial.unlink(missing_ok=True)


def _export(connection: Connection, format: str, destination: Path | TextIO | None) -> str | None:
    if format not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {format!r}: use one of {', '.join(EXPORT_FORMATS)}")
    if format in ("json", "jsonld"):
        if destination is None:
            buffer = io.StringIO()
            _write_text(connection, format, buffer)
            return buffer.getvalue()
        if isinstance(destination, Path):
            _write_file_whole(connection, format, destination)
        else:
            _write_text(connection, format, destination)
            destination.write("\n")
        return None
    if not isinstance(destination, Path):
        raise InputError(f"the {format} export needs --output (a {'folder' if format == 'csv' else 'file'})")
    if format == "csv":
        _csv(connection, destination)
    else:
        _graphml(connection, destination)
    return None
