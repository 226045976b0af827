"""Entities tied on document count and name are listed by id, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from sqlalchemy import insert, update

from dateline.kb.entities import list_entities
from dateline.store import Store
from dateline.store import tables as t


def test_namesakes_in_as_many_documents_are_listed_by_id_on_every_page(store: Store) -> None:
    row = {"name": "Harbour Lights", "type": "WORK", "documents": 2, "mentions": 2, "profile": {}}
    with store.engine.begin() as connection:
        first, second = (connection.execute(insert(t.canonical_entities).values(row)).inserted_primary_key[0] for _ in "ab")
        # PostgreSQL writes an updated row anew, after the other: it then came first in the list.
        connection.execute(update(t.canonical_entities).where(t.canonical_entities.c.id == first).values(mentions=3))
    with store.engine.connect() as connection:
        pages = [list_entities(connection, limit=1, offset=offset)[0].id for offset in (0, 1)]
        listed = [entity.id for entity in list_entities(connection)]
    assert pages == listed == [first, second]
