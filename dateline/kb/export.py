"""Exports of the knowledge base: JSON, JSON-LD (schema.org + PROV-O), CSV per table, GraphML."""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO
from urllib.parse import quote

from sqlalchemy import Connection, and_, or_, select

from dateline.errors import InputError
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
    "location": {"@id": "schema:location", "@type": "@id"},
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


def _jsonld_nodes(connection: Connection) -> Iterator[dict[str, Any]]:
    """The JSON-LD graph's nodes: entities, articles, then each fact (after its source, when not the author)."""
    for entity in _entities(connection):
        node: dict[str, Any] = {
            "@id": _entity_iri(entity.id), "@type": _SCHEMA_TYPES.get(entity.type, "schema:Thing"), "name": entity.name
        }
        if entity.aliases:
            node["alternateName"] = entity.aliases
        yield node
    for document in _documents(connection):
        node = {"@id": _document_iri(document["id"]), "@type": "schema:NewsArticle"}
        if document["title"]:
            node["headline"] = document["title"]
        if document["date"]:
            node["datePublished"] = document["date"].isoformat()
        yield node
    for fact in _facts(connection):
        yield from _fact_nodes(fact)


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
    if fact.place is not None:
        node["location"] = _entity_iri(fact.place)
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
    """The JSON export: documents, entities and facts, each read a page at a time and written as it comes."""
    sections = {"documents": _json_documents(connection), "entities": _json_entities(connection), "facts": _json_facts(connection)}
    _write_object(stream, sections)


def _write_jsonld(connection: Connection, stream: TextIO) -> None:
    """The JSON-LD export: the context, then the graph's nodes, written as they are read."""
    _write_object(stream, {"@context": JSONLD_CONTEXT, "@graph": _jsonld_nodes(connection)})


def _write_object(stream: TextIO, members: dict[str, Any]) -> None:
    """A JSON object whose iterator members are written as arrays item by item, so memory stays flat with
    their length. The text is what ``json.dumps(..., ensure_ascii=False, indent=2)`` gives for the whole
    object with the iterators as lists, byte for byte."""
    stream.write("{")
    for index, (name, value) in enumerate(members.items()):
        stream.write(f'{"," if index else ""}\n  {json.dumps(name)}: ')
        if isinstance(value, Iterator):
            _write_array(stream, value)
        else:
            stream.write(_indented(value, "\n  "))
    stream.write("\n}")


def _write_array(stream: TextIO, items: Iterator[Any]) -> None:
    stream.write("[")
    empty = True
    for item in items:
        text = _indented(item, "\n    ")
        stream.write(f'{"" if empty else ","}\n    {text}')
        empty = False
    stream.write("]" if empty else "\n  ]")


def _indented(value: Any, newline: str) -> str:
    # json.dumps never writes a raw newline inside a string, so every newline starts a line to indent.
    return json.dumps(value, ensure_ascii=False, indent=2, default=str).replace("\n", newline)


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


#: GraphML's attributes, whose keys are numbered d0, d1 ...: the nodes' when there are nodes, then the edges'
#: when there are edges.
_NODE_KEYS = [("label", "string"), ("type", "string"), ("documents", "long")]
# "place" came last (ops5) so that the keys before it keep their ids.
_EDGE_KEYS = ["predicate", "time", "polarity", "certainty", "tense", "source", "document", "fact", "place"]
_GRAPHML_ROOT = {
    "xmlns": "http://graphml.graphdrawing.org/xmlns",
    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xsi:schemaLocation": "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
}
_EDGE_COLUMNS = ", ".join(f'"{name}"' for name in _EDGE_KEYS)
# networkx's order: by the source's place among the nodes, then the targets in the order each was first
# linked from that source, then the facts'; an edge's id is its number among the edges of its two ends.
_SORTED_EDGES = f"""
    SELECT from_id, to_id, ROW_NUMBER() OVER (PARTITION BY from_id, to_id ORDER BY seq) - 1, {_EDGE_COLUMNS}
    FROM edges JOIN ranks ON ranks.id = edges.from_id
    ORDER BY ranks.rank, MIN(seq) OVER (PARTITION BY from_id, to_id), seq
"""


def _write_graphml(connection: Connection, stream: BinaryIO) -> None:
    """The GraphML export, written as it is read: one node per entity, one edge per fact that links two.

    The text is byte for byte what networkx's ``write_graphml`` gave for the whole graph built in memory
    (until ops3, 2026-11-28). Its edges are grouped by the entities they link, not in the facts' order,
    so they are sorted in a private temporary SQLite database, on disk and deleted when closed.
    """
    from lxml import etree

    edges = sqlite3.connect("")
    try:
        has_edges = _store_edges(connection, edges)
        entities = _entities(connection)
        first = next(entities, None)
        keys = _graphml_keys(nodes=first is not None, edges=has_edges)
        with etree.xmlfile(stream, encoding="utf-8") as xml:
            xml.write_declaration()
            with xml.element("graphml", _GRAPHML_ROOT):
                for key in reversed(keys):  # networkx wrote the last declared first
                    xml.write(etree.Element("key", key), pretty_print=True)
                with xml.element("graph", edgedefault="directed"):
                    if first is not None:
                        _write_graphml_nodes(xml, itertools.chain([first], entities), edges)
                    _write_graphml_edges(xml, edges, [key["id"] for key in keys if key["for"] == "edge"])
    finally:
        edges.close()


def _graphml_keys(*, nodes: bool, edges: bool) -> list[dict[str, str]]:
    scoped = [("node", name, kind) for name, kind in _NODE_KEYS] if nodes else []
    scoped += [("edge", name, "string") for name in _EDGE_KEYS] if edges else []
    return [
        {"id": f"d{index}", "for": scope, "attr.name": name, "attr.type": kind}
        for index, (scope, name, kind) in enumerate(scoped)
    ]


def _store_edges(connection: Connection, edges: sqlite3.Connection) -> bool:
    """Every fact's edges into the temporary database, in the facts' order; whether there is any."""
    edges.execute(f"CREATE TABLE edges (seq INTEGER PRIMARY KEY, from_id INTEGER, to_id INTEGER, {_EDGE_COLUMNS})")
    edges.execute("CREATE TABLE ranks (id INTEGER PRIMARY KEY, rank INTEGER NOT NULL)")
    rows = (row for fact in _facts(connection) for row in _edge_rows(fact))
    insert_row = f"INSERT INTO edges (from_id, to_id, {_EDGE_COLUMNS}) VALUES ({', '.join('?' * (len(_EDGE_KEYS) + 2))})"
    found = False
    while page := list(itertools.islice(rows, _PAGE)):
        edges.executemany(insert_row, page)
        found = True
    return found


def _edge_rows(fact: KbFact) -> Iterator[tuple[Any, ...]]:
    """An edge from the fact's first participant to its object, else to each other participant; where it
    happened is the edge's ``place``, the id of the place's node ("" when the fact names none)."""
    values = (
        fact.predicate, fact.time or "", fact.polarity, fact.certainty, fact.tense or "", fact.source.label(),
        fact.document_id, fact.key, "" if fact.place is None else str(fact.place),
    )
    ends = list(dict.fromkeys(fact.participants))
    targets = [fact.object] if fact.object is not None else ends[1:]
    for target in targets:
        if ends and target is not None and target != ends[0]:
            yield (ends[0], target, *values)


def _write_graphml_nodes(xml: Any, entities: Iterator[CanonicalEntity], edges: sqlite3.Connection) -> None:
    """A node per entity; each entity's place goes to the temporary database, to sort the edges by."""
    from lxml import etree

    ranked = enumerate(entities)
    while page := list(itertools.islice(ranked, _PAGE)):
        for _, entity in page:
            node = etree.Element("node", id=str(entity.id))
            for index, value in enumerate((entity.name, entity.type, entity.documents)):
                etree.SubElement(node, "data", key=f"d{index}").text = str(value)
            xml.write(node, pretty_print=True)
        edges.executemany("INSERT INTO ranks VALUES (?, ?)", [(entity.id, rank) for rank, entity in page])


def _write_graphml_edges(xml: Any, edges: sqlite3.Connection, key_ids: list[str]) -> None:
    from lxml import etree

    for source, target, number, *values in edges.execute(_SORTED_EDGES):
        edge = etree.Element("edge", source=str(source), target=str(target), id=str(number))
        for key_id, value in zip(key_ids, values, strict=True):
            etree.SubElement(edge, "data", key=key_id).text = value
        xml.write(edge, pretty_print=True)


def _write_text(connection: Connection, format: str, stream: TextIO) -> None:
    if format == "json":
        _write_json(connection, stream)
    else:
        _write_jsonld(connection, stream)


def export(connection: Connection, format: str, destination: Path | TextIO | None) -> str | None:
    """Export the knowledge base in ``format``.

    json and jsonld return the text when ``destination`` is None, else write it there (a file, or an open
    text stream such as stdout, followed by a newline); csv writes one file per table into the folder
    ``destination``; graphml writes the file ``destination``. json, jsonld and graphml are written as they
    are read, so their memory does not grow with the store's size unless the text is returned; their file is
    written beside its place and moved there when whole. A destination that cannot be written (a missing folder, a file
    where the csv folder should be) is an InputError naming it.
    """
    try:
        return _export(connection, format, destination)
    except OSError as error:
        name = str(destination) if isinstance(destination, Path | None) else getattr(destination, "name", "the stream")
        raise InputError(f"cannot write the export ({error.strerror or error})", input=name) from error


@contextlib.contextmanager
def _written_whole(destination: Path) -> Iterator[Path]:
    """A hidden sibling of ``destination`` to write into, moved into place once written without error."""
    # Pages are written as they are read, so an export that fails partway would leave a truncated file;
    # written beside it, an earlier export at that path stays until the new one is whole.
    partial = destination.with_name(f".{destination.name}.partial")
    try:
        yield partial
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
            with _written_whole(destination) as partial, partial.open("w", encoding="utf-8") as stream:
                _write_text(connection, format, stream)
                stream.write("\n")
        else:
            _write_text(connection, format, destination)
            destination.write("\n")
        return None
    if not isinstance(destination, Path):
        raise InputError(f"the {format} export needs --output (a {'folder' if format == 'csv' else 'file'})")
    if format == "csv":
        _csv(connection, destination)
    else:
        with _written_whole(destination) as partial, partial.open("wb") as binary:
            _write_graphml(connection, binary)
    return None
