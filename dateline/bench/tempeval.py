"""Scoring temporal expressions as TempEval-3 Task A does.

Extent: a system timex matches a gold one *strictly* when both offsets are equal and *relaxed* when
they share a character; each timex is matched at most once, preferring the largest overlap.
Attributes (type, value) are scored over the relaxed matches: attribute F1 = attribute accuracy ×
relaxed F1, which is the F1 of (correct attribute) over the system and gold counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Protocol, Self

__all__ = ["MatchCounts", "TimexLike", "count_matches", "f1_scores"]


class TimexLike(Protocol):
    """Anything with a span, a TIMEX3 type and a value."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def type(self) -> str: ...

    @property
    def value(self) -> str: ...


@dataclass
class MatchCounts:
    """Counts over one or many documents; add them up, then turn them into scores."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type: int = 0
    value: int = 0

    def __iadd__(self, other: MatchCounts) -> Self:
        for item in fields(self):
            setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))
        return self


def count_matches(gold: Sequence[TimexLike], system: Sequence[TimexLike]) -> MatchCounts:
    """Match the system timexes of one document against the gold ones."""
    pairs = sorted(
        (
            (min(g.end, s.end) - max(g.start, s.start), i, j)
            for i, g in enumerate(gold)
            for j, s in enumerate(system)
            if g.start < s.end and s.start < g.end
        ),
        reverse=True,
    )
    counts = MatchCounts(gold=len(gold), system=len(system))
    used_gold: set[int] = set()
    used_system: set[int] = set()
    for _, i, j in pairs:
        if i in used_gold or j in used_system:
            continue
        used_gold.add(i)
        used_system.add(j)
        g, s = gold[i], system[j]
        counts.relaxed += 1
        counts.strict += (g.start, g.end) == (s.start, s.end)
        counts.type += g.type == s.type
        counts.value += g.value == s.value
    return counts


def f1_scores(counts: MatchCounts) -> dict[str, dict[str, float]]:
    """Precision, recall and F1 (in percent) for strict and relaxed extents, type and value."""
    return {name: _prf(getattr(counts, name), counts) for name in ("strict", "relaxed", "type", "value")}


def _prf(correct: int, counts: MatchCounts) -> dict[str, float]:
    precision = correct / counts.system if counts.system else 0.0
    recall = correct / counts.gold if counts.gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": _percent(precision), "recall": _percent(recall), "f1": _percent(f1)}


def _percent(share: float) -> float:
    return round(100 * share, 2)
