"""Looking up which entities a stretch of text refers to, for the stages after entities."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from dateline.model import Entity, Mention

__all__ = ["EntityIndex", "MentionRef"]


@dataclass(frozen=True)
class MentionRef:
    """One mention and the entity it belongs to."""

    entity: Entity
    mention: Mention


class EntityIndex:
    """Mentions of a document's entities, sorted by offset, queried by character span.

    A group mention ("the duo") belongs to each member, so it is returned once per member.
    """

    def __init__(self, entities: list[Entity]) -> None:
        refs = [MentionRef(entity, mention) for entity in entities for mention in entity.mentions]
        refs.sort(key=lambda ref: (ref.mention.start, -ref.mention.end))
        self._refs = refs
        self._starts = [ref.mention.start for ref in refs]
        self._longest = max((ref.mention.end - ref.mention.start for ref in refs), default=0)
        self._by_id = {entity.id: entity for entity in entities}

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this id, if any."""
        return self._by_id.get(entity_id)

    def overlapping(self, start: int, end: int) -> list[MentionRef]:
        """Mentions that share at least one character with ``[start, end)``, in text order."""
        low = bisect.bisect_left(self._starts, start - self._longest)
        high = bisect.bisect_left(self._starts, end)
        return [ref for ref in self._refs[low:high] if ref.mention.end > start]

    def within(self, start: int, end: int) -> list[MentionRef]:
        """Mentions lying wholly inside ``[start, end)``, in text order."""
        low = bisect.bisect_left(self._starts, start)
        high = bisect.bisect_left(self._starts, end)
        return [ref for ref in self._refs[low:high] if ref.mention.end <= end]

    def entities_at(self, start: int, end: int) -> list[Entity]:
        """Distinct entities mentioned in ``[start, end)`` (overlap), in order of first mention."""
        seen: dict[str, Entity] = {}
        for ref in self.overlapping(start, end):
            seen.setdefault(ref.entity.id, ref.entity)
        return list(seen.values())
