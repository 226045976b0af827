"""Scoring helpers shared by the benchmarks: counts to precision, recall and F1; word tokens of spans."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

__all__ = ["Counts", "Tokens"]

_WORD = re.compile(r"\w+|[^\w\s]")


@dataclass
class Counts:
    """True positives against the number of predicted and gold items."""

    matched_predicted: int = 0
    matched_gold: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, *, matched_predicted: int, matched_gold: int, predicted: int, gold: int) -> None:
        """Add one document's counts."""
        self.matched_predicted += matched_predicted
        self.matched_gold += matched_gold
        self.predicted += predicted
        self.gold += gold

    def scores(self) -> dict[str, float | int]:
        """Precision, recall and F1 (in percent, two decimals) with the counts they come from."""
        precision = self.matched_predicted / self.predicted if self.predicted else 0.0
        recall = self.matched_gold / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": round(100 * precision, 2),
            "recall": round(100 * recall, 2),
            "f1": round(100 * f1, 2),
            "predicted": self.predicted,
            "gold": self.gold,
        }


class Tokens:
    """The word tokens of one text (runs of word characters, or single other characters)."""

    def __init__(self, text: str) -> None:
        self._starts = [match.start() for match in _WORD.finditer(text)]

    def of(self, start: int, end: int) -> frozenset[int]:
        """Indices of the tokens that start inside ``[start, end)``."""
        return frozenset(range(bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)))
