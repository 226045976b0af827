"""The attribution stage: quotes, reported speech and 'according to', with source, cue and content."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Attribution, Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_attributions"]


def find_attributions(doc: Doc, *, entities: list[Entity]) -> list[Attribution]:
    """Find every attribution in ``doc`` and resolve its source against ``entities``."""
    return []
