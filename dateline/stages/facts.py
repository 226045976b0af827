"""The facts stage: events and relations from a frame lexicon and the dependency parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Attribution, Document, Entity, Fact, Time

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_facts"]


def find_facts(
    doc: Doc,
    *,
    document: Document,
    entities: list[Entity],
    times: list[Time],
    attributions: list[Attribution],
) -> list[Fact]:
    """Turn the sentences of ``doc`` into facts grounded in the earlier stages' records."""
    return []
