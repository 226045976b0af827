"""The knowledge base across articles: canonical entities, timelines, as-of, threads, contradictions, rumours.

>>> from dateline.store import Store
>>> kb = KnowledgeBase(Store("sqlite:///:memory:"))
>>> kb.resolve().documents
0
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from dateline.kb.appearances import (
    EntityDocument,
    StatedAttribute,
    canonical_ids,
    entity_documents,
    stated_attributes,
)
from dateline.kb.contradiction_store import (
    contradictions_stale,
    count_stored_contradictions,
    refresh_contradictions,
    scopes_of_entities,
    stored_contradictions,
)
from dateline.kb.contradictions import Contradiction
from dateline.kb.entities import (
    CanonicalEntity,
    EntityLink,
    entity_links,
    find_entity,
    get_entity,
    list_entities,
    merge_entities,
    namesakes,
    split_entity,
)
from dateline.kb.export import EXPORT_FORMATS, export
from dateline.kb.facts import KbFact
from dateline.kb.index import reindex_stale_statements, statement_keys_stale
from dateline.kb.resolve import ResolveSummary, pending_documents, resolve_pending
from dateline.kb.search import FactFilter, search_facts
from dateline.kb.statements import (
    Statement,
    Thread,
    asof,
    count_rumours,
    count_undated_statements,
    rumours,
    threads,
)
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

    def contradictions_stale(self) -> bool:
        """Were the contradictions not computed yet (a store resolved before they were stored)? The next
        :meth:`resolve` computes them all."""
        with self.store.engine.connect() as connection:
            return contradictions_stale(connection)

    def statement_keys_stale(self) -> bool:
        """Are the stored statement keys of an older form (a store upgraded past migration 0007)? The next
        :meth:`resolve` indexes every fact again, and computes every contradiction."""
        with self.store.engine.connect() as connection:
            return statement_keys_stale(connection)

    def resolve(self) -> ResolveSummary:
        """Link every new document entity to a canonical entity and compute the contradictions the new
        documents touch (one transaction); after an upgrade to stored contradictions, compute them all, and
        after one that changed the statement keys, index every fact again first."""
        pending = self.pending()
        if not pending and not self.contradictions_stale():
            return ResolveSummary()
        make_doc = None
        if pending:
            from dateline.nlp import load_pipeline

            make_doc = load_pipeline(self.model).make_doc
        with self.store.engine.begin() as connection:
            reindex_stale_statements(connection)  # an older store's keys first: the contradictions are of statements
            return resolve_pending(connection, make_doc=make_doc)

    def rebuild(self) -> ResolveSummary:
        """Resolve every document again from scratch (after changing the rules); corrections are kept."""
        from sqlalchemy import delete

        from dateline.store import tables as t

        with self.store.engine.begin() as connection:
            for table in (t.contradiction_documents, t.contradiction_entities, t.contradictions, t.canonical_facts,
                          t.entity_links, t.canonical_names, t.canonical_entities):
                connection.execute(delete(table))
        return self.resolve()

    def merge(self, keep: str, other: str) -> CanonicalEntity:
        """Merge entity ``other`` into ``keep`` (names or ids); the correction survives re-ingest."""
        with self.store.engine.begin() as connection:
            keep_id, other_id = find_entity(connection, keep).id, find_entity(connection, other).id
            before = scopes_of_entities(connection, [keep_id, other_id], with_facts=True)
            merged = merge_entities(connection, keep_id, other_id)
            refresh_contradictions(connection, before | scopes_of_entities(connection, [keep_id], with_facts=True))
            return merged

    def split(self, entity: str, *, documents: list[str]) -> CanonicalEntity:
        """Move the entity's mentions in ``documents`` into a new entity; the correction survives re-ingest."""
        with self.store.engine.begin() as connection:
            entity_id = find_entity(connection, entity).id
            before = scopes_of_entities(connection, [entity_id], with_facts=True)
            created = split_entity(connection, entity_id, documents=documents)
            after = scopes_of_entities(connection, [entity_id, created.id], with_facts=True)
            refresh_contradictions(connection, before | after)
            return created

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

    def namesakes(self, name_or_id: str) -> list[CanonicalEntity]:
        """The entities a name could mean, the one :meth:`entity` picks first; none for an id."""
        if name_or_id.isdigit():
            return []
        with self.store.engine.connect() as connection:
            return namesakes(connection, name_or_id)

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

    def undated_statements(self, name_or_id: str) -> int:
        """How many of the entity's statements come only from articles without a date (``asof`` leaves them out)."""
        with self.store.engine.connect() as connection:
            return count_undated_statements(connection, find_entity(connection, name_or_id).id)

    def threads(self, entity: str | None = None) -> list[Thread]:
        """Story threads (of one entity, or all)."""
        with self.store.engine.connect() as connection:
            return threads(connection, self._id(connection, entity))

    def contradictions(self, entity: str | None = None, *, limit: int = 200, offset: int = 0) -> list[Contradiction]:
        """Contradictions (involving one entity, or all), each with every piece of evidence; one page of
        ``limit``, read from those computed when the knowledge base was resolved."""
        with self.store.engine.connect() as connection:
            return stored_contradictions(connection, self._id(connection, entity), limit=limit, offset=offset)

    def count_contradictions(self, entity: str | None = None) -> int:
        """How many contradictions :meth:`contradictions` lists over all its pages."""
        with self.store.engine.connect() as connection:
            return count_stored_contradictions(connection, self._id(connection, entity))

    def rumours(self, entity: str | None = None, *, limit: int = 200, offset: int = 0) -> list[Statement]:
        """Statements ever speculated or reported anonymously, with their status over time, oldest first;
        one page of ``limit`` statements."""
        with self.store.engine.connect() as connection:
            return rumours(connection, self._id(connection, entity), limit=limit, offset=offset)

    def count_rumours(self, entity: str | None = None) -> int:
        """How many statements :meth:`rumours` lists over all its pages."""
        with self.store.engine.connect() as connection:
            return count_rumours(connection, self._id(connection, entity))

    def export(self, format: str, destination: Path | TextIO | None = None) -> str | None:
        """Export as json, jsonld (schema.org + PROV-O), csv (a folder, one file per table) or graphml.
        json and jsonld return their text without a destination, else write it to the file or open text
        stream given (as it is read, so in memory that stays flat with the store's size)."""
        with self.store.engine.connect() as connection:
            return export(connection, format, destination)

    @staticmethod
    def _id(connection: object, entity: str | None) -> int | None:
        return None if entity is None else find_entity(connection, entity).id  # type: ignore[arg-type]
