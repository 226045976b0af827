"""What the normalisers of calendar points share: the slots of a candidate, and their result."""

from __future__ import annotations

from dataclasses import dataclass

from dateline.stages.times.calendar import Point

__all__ = ["Resolution", "Slots"]


@dataclass(frozen=True)
class Slots:
    """The slot texts of one candidate (first occurrence of each slot) and its span."""

    texts: dict[str, str]
    start: int
    end: int

    def __contains__(self, slot: str) -> bool:
        return slot in self.texts

    def __getitem__(self, slot: str) -> str:
        return self.texts[slot]


@dataclass(frozen=True)
class Resolution:
    """A point, what it was computed from ('DCT', a time id or None), whether it names its year, and
    whether it is another period's counterpart ("the 1988 period" compared with the story's quarter),
    which later expressions do not count from."""

    point: Point
    anchor: str | None = None
    explicit_year: bool = False
    derived: bool = False
