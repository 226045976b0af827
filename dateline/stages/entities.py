"""The entities stage: named mentions from spaCy's NER, typed and grouped into entities."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from pydantic import BaseModel

from dateline.lexicons import load_lexicon
from dateline.model import Entity, EntityType, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["EntityTypeMap", "find_entities"]


class EntityTypeMap(BaseModel):
    """``entity_types.yaml``: spaCy label -> dateline entity type."""

    labels: dict[str, EntityType]


def _type_of(span: Span) -> EntityType | None:
    return load_lexicon("entity_types.yaml", EntityTypeMap).labels.get(span.label_)


def _name_key(text: str) -> str:
    text = text.strip()
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
            break
    return " ".join(text.split()).casefold()


def find_entities(doc: Doc, *, document_date: dt.date | None = None) -> list[Entity]:
    """Group the NER mentions of ``doc`` into entities, one per distinct name and type."""
    by_key: dict[tuple[str, EntityType], Entity] = {}
    for span in doc.ents:
        entity_type = _type_of(span)
        if entity_type is None:
            continue
        key = (_name_key(span.text), entity_type)
        entity = by_key.get(key)
        if entity is None:
            entity = Entity(id=f"E{len(by_key) + 1}", name=span.text, type=entity_type)
            by_key[key] = entity
        elif span.text not in entity.aliases and span.text != entity.name:
            entity.aliases.append(span.text)
        entity.mentions.append(Mention(start=span.start_char, end=span.end_char, text=span.text, kind="name"))
    return list(by_key.values())
