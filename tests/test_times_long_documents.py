"""Keeping the longest time expressions by position (a document with thousands of dates is not
compared expression by expression): the same ones a comparison with every kept one keeps."""

from __future__ import annotations

import itertools
from types import SimpleNamespace

from dateline.stages.times.tagger import Candidate, _longest


def _scan(candidates: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.rule.priority, c.start)):
        if all(candidate.end <= k.start or candidate.start >= k.end for k in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


def test_the_longest_expressions_are_those_a_scan_keeps() -> None:
    rules = [SimpleNamespace(priority=p) for p in (0, 1)]
    spans = [(s, e) for s, e in itertools.product(range(12), repeat=2) if s < e and e - s <= 5]
    candidates = [Candidate(start=s, end=e, rule=rules[(s + e) % 2]) for s, e in spans]  # type: ignore[arg-type]
    for step in (1, 3, 7):
        chosen = candidates[::step]
        assert _longest(chosen) == _scan(chosen)
    assert [(c.start, c.end) for c in _longest(candidates)] == [(0, 5), (5, 10), (10, 11)]
