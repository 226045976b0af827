"""Helpers for the entities stage's tests: what each entity of a text holds, read in one call."""

from __future__ import annotations

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities


def mentions_by_entity(text: str, kind: str) -> dict[str, list[str]]:
    """The texts of each entity's mentions of ``kind`` ("pronoun", "name", "nominal"), by entity name."""
    return {e.name: [m.text for m in e.mentions if m.kind == kind] for e in find_entities(load_pipeline()(text))}
