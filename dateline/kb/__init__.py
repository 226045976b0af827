"""The knowledge base across articles: canonical entities, timelines, as-of, threads, contradictions, rumours.

>>> from dateline.store import Store
>>> kb = KnowledgeBase(Store("sqlite:///:memory:"))
>>> kb.resolve().documents
0
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.kb.appearances import (
    EntityDocument,
    StatedAttribute,
    canonical_ids,
    entity_documents,
    stated_attributes,
)
from dateline.kb.contradictions import Contradiction, contradictions
from dateline.kb.entities import (
    CanonicalEntity,
    EntityLink,
    entity_links,
    find_entity,
    get_entity,
    list_entities,
    merge_entities,
    split_entity,
)
from dateline.kb.export import EXPORT_FORMATS, export
from dateline.kb.facts import KbFact
from dateline.kb.resolve import ResolveSummary, pending_documents, resolve_pending
from dateline.kb.search import FactFilter, search_facts
from dateline.kb.statements import Statement, Thread, asof, count_rumours, rumours, threads
from dateline.kb.timeline import TimelineItem, timeline

if TYPE_CHECKING:
    from dateline.store import Store

__all__ = [
    "EXPORT_FORMATS",
    "CanonicalEntity",
    "Contradiction",
    "EntityDocument",
    "EntityLink",
    "FactFilter",
    "KbFact",
    "KnowledgeBase",
    "ResolveSummary",
    "StatedAttribute",
    "Statement",
    "Thread",
    "TimelineItem",
]


class KnowledgeBase:
    """Queries and corrections over a store's analyses, across articles.

    Entities are resolved incrementally: :meth:`resolve` links only the document entities not linked
    yet (``dateline ingest`` calls it after each run), so adding articles never reprocesses old ones.
    """

    def __init__(self, store: Store, *, model: str | None = None) -> None:
        self.store = store
        self.model = model

    # -- resolution and corrections ------------------------------------------------------------

    def pending(self) -> int:
        """How many stored documents have entities not resolved yet."""
        with self.store.engine.connect() as connection:
            return len(pending_documents(connection))

    def resolve(self) -> ResolveSummary:
        """Link every new document entity to a canonical entity (one transaction)."""
        if not self.pending():
            return ResolveSummary()
        from dateline.nlp import load_pipeline

        make_doc = load_pipeline(self.model).make_doc
        with self.store.engine.begin() as connection:
            return resolve_pending(connection, make_doc=make_doc)

    def rebuild(self) -> ResolveSummary:
        """Resolve every document again from scratch (after changing the rules); corrections are kept."""
        from sqlalchemy import delete

        from dateline.store import tables as t

        with self.store.engine.begin() as connection:
            connection.execute(delete(t.canonical_facts))
            connection.execute(delete(t.entity_links))
            connection.execute(delete(t.canonical_names))
            connection.execute(delete(t.canonical_entities))
        return self.resolve()

    def merge(self, keep: str, other: str) -> CanonicalEntity:
        """Merge entity ``other`` into ``keep`` (names or ids); the correction survives re-ingest."""
        with self.store.engine.begin() as connection:
            return merge_entities(connection, find_entity(connection, keep).id, find_entity(connection, other).id)

    def split(self, entity: str, *, documents: list[str]) -> CanonicalEntity:
        """Move the entity's mentions in ``documents`` into a new entity; the correction survives re-ingest."""
        with self.store.engine.begin() as connection:
            return split_entity(connection, find_entity(connection, entity).id, documents=documents)

    # -- queries -------------------------------------------------------------------------------

    def entities(
        self, *, name: str | None = None, type: str | None = None, limit: int = 100, offset: int = 0
    ) -> list[CanonicalEntity]:
        """Canonical entities, most documents first."""
        with self.store.engine.connect() as connection:
            return list_entities(connection, name=name, type=type, limit=limit, offset=offset)

    def entity(self, name_or_id: str) -> CanonicalEntity:
        """The entity a name (or id) means; NotFoundError if none."""
        with self.store.engine.connect() as connection:
            return find_entity(connection, name_or_id)

    def get(self, entity_id: int) -> CanonicalEntity:
        """One entity by id."""
        with self.store.engine.connect() as connection:
            return get_entity(connection, entity_id)

    def links(self, name_or_id: str) -> list[EntityLink]:
        """The document entities merged into an entity, each with the reasons recorded for it."""
        with self.store.engine.connect() as connection:
            return entity_links(connection, find_entity(connection, name_or_id).id)

    def timeline(
        self,
        name_or_id: str,
        *,
        start: dt.date | None = None,
        end: dt.date | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[TimelineItem]:
        """The entity's facts in time order (undated facts by their article's date)."""
        with self.store.engine.connect() as connection:
            entity = find_entity(connection, name_or_id)
            return timeline(connection, entity.id, start=start, end=end, limit=limit, offset=offset)

    def facts(self, where: FactFilter | None = None, *, limit: int = 100, offset: int = 0) -> list[KbFact]:
        """Facts across articles that pass ``where`` (by entity, predicate, dates, source, polarity, certainty)."""
        with self.store.engine.connect() as connection:
            return search_facts(connection, where or FactFilter(), limit=limit, offset=offset)

    def documents(self, name_or_id: str) -> list[EntityDocument]:
        """The articles that mention the entity, newest first."""
        with self.store.engine.connect() as connection:
            return entity_documents(connection, find_entity(connection, name_or_id).id)

    def attributes(self, name_or_id: str) -> list[StatedAttribute]:
        """The attributes (ages, birth intervals, occupations ...) the articles state about the entity."""
        with self.store.engine.connect() as connection:
            return stated_attributes(connection, find_entity(connection, name_or_id).id)

    def canonical_ids(self, document_id: str) -> dict[str, int]:
        """The canonical entity of each entity of a stored document: local id (``E1``) -> entity id."""
        with self.store.engine.connect() as connection:
            return canonical_ids(connection, document_id)

    def asof(self, name_or_id: str, day: dt.date, *, limit: int = 200, offset: int = 0) -> list[Statement]:
        """What the articles published up to ``day`` said about the entity, latest status of each statement,
        newest first; one page of ``limit`` statements."""
        with self.store.engine.connect() as connection:
            return asof(connection, find_entity(connection, name_or_id).id, day, limit=limit, offset=offset)

    def threads(self, entity: str | None = None) -> list[Thread]:
        """Story threads (of one entity, or all)."""
        with self.store.engine.connect() as connection:
            return threads(connection, self._id(connection, entity))

    def contradictions(self, entity: str | None = None) -> list[Contradiction]:
        """Contradictions (involving one entity, or all), with both pieces of evidence."""
        with self.store.engine.connect() as connection:
            return contradictions(connection, self._id(connection, entity))

    def rumours(self, entity: str | None = None, *, limit: int = 200, offset: int = 0) -> list[Statement]:
        """Statements ever speculated or reported anonymously, with their status over time, oldest first;
        one page of ``limit`` statements."""
        with self.store.engine.connect() as connection:
            return rumours(connection, self._id(connection, entity), limit=limit, offset=offset)

    def count_rumours(self, entity: str | None = None) -> int:
        """How many statements :meth:`rumours` lists over all its pages."""
        with self.store.engine.connect() as connection:
            return count_rumours(connection, self._id(connection, entity))

    def export(self, format: str, destination: Path | None = None) -> str | None:
        """Export as json, jsonld (schema.org + PROV-O), csv (a folder, one file per table) or graphml."""
        with self.store.engine.connect() as connection:
            return export(connection, format, destination)

    @staticmethod
    def _id(connection: object, entity: str | None) -> int | None:
        return None if entity is None else find_entity(connection, entity).id  # type: ignore[arg-type]
