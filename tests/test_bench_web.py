"""``dateline benchmark web`` on a tiny hand-built store: every sampled page is fetched and timed."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.bench.web import benchmark_web, percentiles, sample_pages
from dateline.errors import NotFoundError
from dateline.store import Store
from tests.webstory import story_store

pytestmark = pytest.mark.slow  # resolving the story's entities reads the spaCy model's vocabulary


def test_pages_are_timed_over_http(tmp_path: Path) -> None:
    with story_store(tmp_path) as store:
        results = benchmark_web(store, queries=3)
    assert (results["documents"], results["facts"]) == (3, 6)
    for kind in ("entity", "article", "facts_by_entity"):
        figures = results[kind]
        assert figures["pages"] == 3 and 0 < figures["p50_ms"] <= figures["p95_ms"] <= figures["max_ms"]
        assert figures["mean_kb"] > (1 if kind != "facts_by_entity" else 0.1)
    assert "facts_by_source" not in results  # the story's facts have no named source: nothing to time


def test_the_sample_holds_the_busiest_entities_and_is_seeded(tmp_path: Path) -> None:
    with story_store(tmp_path) as store:
        first = sample_pages(store, size=7, seed=1)
        assert first == sample_pages(store, size=7, seed=1)
        assert first["entity"][0] == "/entities/1" and len(first["entity"]) == 7
        assert first["facts_by_entity"] == [path.replace("/entities/", "/api/facts?entity=") for path in first["entity"]]
        assert sorted(first["article"]) == ["/documents/castell-jan", "/documents/castell-mar", "/documents/holt-apr"]


def test_an_empty_store_is_an_error(tmp_path: Path) -> None:
    with Store(str(tmp_path / "empty.db")) as store, pytest.raises(NotFoundError, match="no entities"):
        benchmark_web(store, queries=3)


def test_percentiles() -> None:
    assert percentiles([0.001 * n for n in range(1, 101)]) == {"p50_ms": 50.5, "p95_ms": 95.0, "max_ms": 100.0}
