"""The store's tables (SQLAlchemy Core). Alembic migrations in ``migrations/`` create them.

Records of one document get deterministic text keys, ``"<document id>/<local id>"`` (``doc/E1``),
so re-ingest and bulk loading need no round trip for generated ids, and every foreign key is one
column (Datasette follows them).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    false,
)

#: Python's order of strings (code points): PostgreSQL's "C" collation; SQLite's default already is.
CodePointString = String().with_variant(String(collation="C"), "postgresql")

__all__ = [
    "attributions",
    "canonical_entities",
    "canonical_facts",
    "canonical_names",
    "contradiction_documents",
    "contradiction_entities",
    "contradictions",
    "corrections",
    "documents",
    "entities",
    "entity_attributes",
    "entity_links",
    "fact_participants",
    "facts",
    "ingest_errors",
    "kb_state",
    "mentions",
    "metadata",
    "times",
]

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

_CASCADE = "CASCADE"

documents = Table(
    "documents",
    metadata,
    Column("id", String, primary_key=True),
    Column("title", Text),
    Column("date", Date, index=True),
    Column("source", Text),
    Column("url", Text),
    Column("sha256", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("words", Integer, nullable=False),
    Column("schema", String, nullable=False),
    Column("analyser", String),
    Column("analysis", JSON, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("key", String, primary_key=True),
    Column("document_id", String, ForeignKey("documents.id", ondelete=_CASCADE), nullable=False, index=True),
    Column("local_id", String, nullable=False),
    Column("name", Text, nullable=False),
    Column("type", String, nullable=False),
    Column("aliases", JSON, nullable=False),
    Index("ix_entities_name", "name"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_key", String, ForeignKey("entities.key", ondelete=_CASCADE), nullable=False, index=True),
    Column("document_id", String, ForeignKey("documents.id", ondelete=_CASCADE), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String, nullable=False),
    Column("group_id", String),
)

entity_attributes = Table(
    "entity_attributes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_key", String, ForeignKey("entities.key", ondelete=_CASCADE), nullable=False, index=True),
    Column("document_id", String, ForeignKey("documents.id", ondelete=_CASCADE), nullable=False, index=True),
    Column("name", String, nullable=False),
    Column("value", Text, nullable=False),
    Column("as_of", Date),
    Column("interval", String),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

times = Table(
    "times",
    metadata,
    Column("key", String, primary_key=True),
    Column("document_id", String, ForeignKey("documents.id", ondelete=_CASCADE), nullable=False, index=True),
    Column("local_id", String, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String, nullable=False),
    Column("value", String, nullable=False),
    Column("anchor", String),
    Column("resolved", String),
)

attributions = Table(
    "attributions",
    metadata,
    Column("key", String, primary_key=True),
    Column("document_id", String, ForeignKey("documents.id", ondelete=_CASCADE), nullable=False, index=True),
    Column("local_id", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("source_text", Text),
    Column("source_start", Integer),
    Column("source_end", Integer),
    Column("source_entity_key", String, ForeignKey("entities.key", ondelete="SET NULL"), index=True),
    Column("anonymous", Boolean, nullable=False),
    Column("crowd", Boolean, nullable=False, server_default=false()),  # the public, not a particular source
    Column("via_entity_key", String, ForeignKey("entities.key", ondelete="SET NULL"), index=True),
    Column("cue_text", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("content", JSON, nullable=False),
    Column("polarity", String, nullable=False),
    Column("certainty", String, nullable=False),
)

facts = Table(
    "facts",
    metadata,
    Column("key", String, primary_key=True),
    Column("document_id", String, ForeignKey("documents.id", ondelete=_CASCADE), nullable=False, index=True),
    Column("local_id", String, nullable=False),
    Column("predicate", String, nullable=False, index=True),
    Column("object_entity_key", String, ForeignKey("entities.key", ondelete="SET NULL")),
    # indexed: an entity's facts include those whose place it is (/api/facts?entity=Cannes; migration 0009)
    Column("place_entity_key", String, ForeignKey("entities.key", ondelete="SET NULL"), index=True),
    Column("time_key", String, ForeignKey("times.key", ondelete="SET NULL")),
    Column("time", String),
    Column("time_start", Date, index=True),
    Column("time_end", Date),
    Column("valid_from", String),
    Column("valid_to", String),
    Column("polarity", String, nullable=False),
    Column("certainty", String, nullable=False),
    Column("tense", String),  # past, present, future or NULL (unknown; also every fact stored before 0006)
    Column("asserted_by", String, nullable=False),
    Column("attribution_key", String, ForeignKey("attributions.key", ondelete="SET NULL"), index=True),
    Column("trigger_text", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("arguments", JSON, nullable=False),
)

fact_participants = Table(
    "fact_participants",
    metadata,
    Column("fact_key", String, ForeignKey("facts.key", ondelete=_CASCADE), primary_key=True),
    Column("entity_key", String, ForeignKey("entities.key", ondelete=_CASCADE), primary_key=True, index=True),
    Column("position", Integer, nullable=False),
)

ingest_errors = Table(
    "ingest_errors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("input", Text, nullable=False),
    Column("location", Text),
    Column("message", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# -- the knowledge base across documents (dateline.kb) -------------------------------------------

canonical_entities = Table(
    "canonical_entities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False, index=True),
    Column("type", String, nullable=False),
    Column("documents", Integer, nullable=False),
    Column("mentions", Integer, nullable=False),
    Column("birth_from", Date),
    Column("birth_to", Date),
    Column("profile", JSON, nullable=False),
    Column("vector", LargeBinary),
)

canonical_names = Table(
    "canonical_names",
    metadata,
    Column("canonical_id", Integer, ForeignKey("canonical_entities.id", ondelete=_CASCADE), primary_key=True),
    Column("name_key", String, primary_key=True, index=True),
    Column("kind", String, nullable=False),
)

entity_links = Table(
    "entity_links",
    metadata,
    Column("entity_key", String, ForeignKey("entities.key", ondelete=_CASCADE), primary_key=True),
    Column(
        "canonical_id", Integer, ForeignKey("canonical_entities.id", ondelete=_CASCADE), nullable=False, index=True
    ),
    Column("rule", String, nullable=False),
    Column("score", Float, nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("linked_at", DateTime(timezone=True), nullable=False),
)

canonical_facts = Table(
    "canonical_facts",
    metadata,
    Column("canonical_id", Integer, ForeignKey("canonical_entities.id", ondelete=_CASCADE), primary_key=True),
    Column("fact_key", String, ForeignKey("facts.key", ondelete=_CASCADE), primary_key=True, index=True),
    Column("sort_date", Date),
    Column("statement", String, nullable=False),
    Column("status", String, nullable=False),
    Column("published", Date),  # the article's date, copied here so that as-of pages need no join
    Index("ix_canonical_facts_timeline", "canonical_id", "sort_date"),
    Index("ix_canonical_facts_statement", "canonical_id", "statement"),
    Index("ix_canonical_facts_published", "canonical_id", "statement", "published"),
)

corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String, nullable=False),
    Column("document_a", String, nullable=False),
    Column("name_a", Text, nullable=False),
    Column("document_b", String, nullable=False),
    Column("name_b", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# -- contradictions, computed when the knowledge base is resolved (dateline.kb.contradiction_store) -----

_ORDER = ("rank", "group_date", "group_key", "ordinal")  # the order lists are read in (see kb.contradiction_store)

contradictions = Table(
    "contradictions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("scope", String, nullable=False, index=True),  # what it was computed from: a statement, a group, an entity
    Column("kind", String, nullable=False),
    Column("description", Text, nullable=False),
    Column("entities", JSON, nullable=False),
    Column("evidence", JSON, nullable=False),
    Column("listed", Boolean, nullable=False),  # in the list of all contradictions (not only an entity's)
    Column("rank", Integer, nullable=False),
    Column("group_date", Date, nullable=False),
    Column("group_key", CodePointString, nullable=False),
    Column("ordinal", Integer, nullable=False),
    Index("ix_contradictions_order", "listed", *_ORDER),
)

contradiction_entities = Table(
    "contradiction_entities",
    metadata,
    Column("canonical_id", Integer, ForeignKey("canonical_entities.id", ondelete=_CASCADE), primary_key=True),
    Column(
        "contradiction_id", Integer, ForeignKey("contradictions.id", ondelete=_CASCADE), primary_key=True, index=True
    ),
    Column("listed", Boolean, nullable=False),  # in the entity's list; else only named in it
    Column("rank", Integer, nullable=False),
    Column("group_date", Date, nullable=False),
    Column("group_key", CodePointString, nullable=False),
    Column("ordinal", Integer, nullable=False),
    Index("ix_contradiction_entities_order", "canonical_id", "listed", *_ORDER, "contradiction_id"),
)

contradiction_documents = Table(
    "contradiction_documents",
    metadata,
    # No foreign key: a re-analysed document's old contradictions are found by its id after it was replaced.
    Column(
        "contradiction_id", Integer, ForeignKey("contradictions.id", ondelete=_CASCADE), primary_key=True
    ),
    Column("document_id", String, primary_key=True, index=True),
)

kb_state = Table(
    "kb_state",
    metadata,
    Column("name", String, primary_key=True),
    Column("value", String, nullable=False),
)
