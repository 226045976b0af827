"""An analysis as rows of the store's tables (also the column layout of the Parquet shards)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from dateline.model import Analysis, Attribution, Entity, Fact, Time
from dateline.timex import value_interval

__all__ = ["AnalysisRows", "analysis_rows", "record_key"]

Row = dict[str, Any]


def record_key(document_id: str, local_id: str) -> str:
    """The store key of a record of one document: ``"<document id>/<local id>"``."""
    return f"{document_id}/{local_id}"


@dataclass
class AnalysisRows:
    """The rows one analysis adds, table by table, in an order that satisfies foreign keys."""

    documents: list[Row] = field(default_factory=list)
    entities: list[Row] = field(default_factory=list)
    mentions: list[Row] = field(default_factory=list)
    entity_attributes: list[Row] = field(default_factory=list)
    times: list[Row] = field(default_factory=list)
    attributions: list[Row] = field(default_factory=list)
    facts: list[Row] = field(default_factory=list)
    fact_participants: list[Row] = field(default_factory=list)

    def tables(self) -> list[tuple[str, list[Row]]]:
        """(table name, rows) pairs in insertion order."""
        return [(name, getattr(self, name)) for name in self.__dataclass_fields__]


def analysis_rows(analysis: Analysis, *, ingested_at: dt.datetime) -> AnalysisRows:
    """Turn ``analysis`` into table rows."""
    document = analysis.document
    rows = AnalysisRows()
    rows.documents.append(
        {
            "id": document.id,
            "title": document.title,
            "date": document.date,
            "source": document.source,
            "url": document.url,
            "sha256": document.sha256,
            "text": document.text,
            "words": len(document.text.split()),
            "schema": analysis.schema_,
            "analyser": analysis.analyser,
            "analysis": analysis.to_dict(),
            "ingested_at": ingested_at,
        }
    )

    def key(local_id: str) -> str:
        return record_key(document.id, local_id)

    for entity in analysis.entities:
        _entity_rows(rows, entity, document.id, key)
    rows.times.extend(_time_row(time, document.id, key) for time in analysis.times)
    rows.attributions.extend(_attribution_row(item, document.id, key) for item in analysis.attributions)
    for fact in analysis.facts:
        rows.facts.append(_fact_row(fact, document.id, key))
        rows.fact_participants.extend(
            {"fact_key": key(fact.id), "entity_key": key(entity_id), "position": position}
            for position, entity_id in enumerate(dict.fromkeys(fact.participants))
        )
    return rows


def _entity_rows(rows: AnalysisRows, entity: Entity, document_id: str, key: Any) -> None:
    entity_key = key(entity.id)
    rows.entities.append(
        {
            "key": entity_key,
            "document_id": document_id,
            "local_id": entity.id,
            "name": entity.name,
            "type": entity.type,
            "aliases": entity.aliases,
        }
    )
    rows.mentions.extend(
        {
            "entity_key": entity_key,
            "document_id": document_id,
            "start": mention.start,
            "end": mention.end,
            "text": mention.text,
            "kind": mention.kind,
            "group_id": mention.group,
        }
        for mention in entity.mentions
    )
    rows.entity_attributes.extend(
        {
            "entity_key": entity_key,
            "document_id": document_id,
            "name": attribute.name,
            "value": attribute.value,
            "as_of": attribute.as_of,
            "interval": attribute.interval,
            "start": attribute.start,
            "end": attribute.end,
        }
        for attribute in entity.attributes
    )


def _time_row(time: Time, document_id: str, key: Any) -> Row:
    return {
        "key": key(time.id),
        "document_id": document_id,
        "local_id": time.id,
        "start": time.start,
        "end": time.end,
        "text": time.text,
        "type": time.type,
        "value": time.value,
        "anchor": time.anchor,
        "resolved": time.resolved,
    }


def _attribution_row(attribution: Attribution, document_id: str, key: Any) -> Row:
    source, cue = attribution.source, attribution.cue
    return {
        "key": key(attribution.id),
        "document_id": document_id,
        "local_id": attribution.id,
        "kind": attribution.kind,
        "source_text": source.text if source else None,
        "source_start": source.start if source else None,
        "source_end": source.end if source else None,
        "source_entity_key": key(source.entity) if source and source.entity else None,
        "anonymous": bool(source and source.anonymous),
        "crowd": bool(source and source.crowd),
        "via_entity_key": key(source.via) if source and source.via else None,
        "cue_text": cue.text if cue else None,
        "cue_start": cue.start if cue else None,
        "cue_end": cue.end if cue else None,
        "content": [span.model_dump() for span in attribution.content],
        "polarity": attribution.factuality.polarity,
        "certainty": attribution.factuality.certainty,
    }


def _fact_row(fact: Fact, document_id: str, key: Any) -> Row:
    interval = value_interval(fact.time) or value_interval(fact.valid_from)
    return {
        "key": key(fact.id),
        "document_id": document_id,
        "local_id": fact.id,
        "predicate": fact.predicate,
        "object_entity_key": key(fact.object) if fact.object else None,
        "place_entity_key": key(fact.place) if fact.place else None,
        "time_key": key(fact.time_ref) if fact.time_ref else None,
        "time": fact.time,
        "time_start": interval[0] if interval else None,
        "time_end": interval[1] if interval else None,
        "valid_from": fact.valid_from,
        "valid_to": fact.valid_to,
        "polarity": fact.polarity,
        "certainty": fact.certainty,
        "tense": fact.tense,
        "asserted_by": fact.asserted_by,
        "attribution_key": key(fact.asserted_by) if fact.asserted_by != "author" else None,
        "trigger_text": fact.trigger.text,
        "trigger_start": fact.trigger.start,
        "trigger_end": fact.trigger.end,
        "evidence_start": fact.evidence.start,
        "evidence_end": fact.evidence.end,
        "arguments": fact.arguments,
    }
