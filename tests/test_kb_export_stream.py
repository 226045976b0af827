"""The JSON export is written a page at a time, and its text is what dumping the whole object at once gave."""

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
