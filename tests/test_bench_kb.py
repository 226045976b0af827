"""``dateline benchmark kb`` on tiny inputs: synthetic store, merge sample and judged precision."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dateline.bench.kb import (
    benchmark_kb,
    benchmark_kb_synthetic,
    merge_precision,
    sample_merges,
    sample_splits,
    split_recall,
)
from dateline.kb import KnowledgeBase
from dateline.store import Store
from tests.test_kb import _april, _february, _may, _namesakes

pytestmark = pytest.mark.slow


def test_synthetic_store_is_reproducible_and_queried(tmp_path: Path) -> None:
    first = benchmark_kb_synthetic(f"sqlite:///{tmp_path / 'a.db'}", facts=2000, queries=5)
    assert (first["facts"], first["documents"]) == (2000, 200)
    assert set(first["latency"]) == {"timeline", "asof", "contradictions"}
    assert first["latency"]["timeline"]["p95_ms"] >= first["latency"]["timeline"]["p50_ms"] > 0


def test_merge_sample_and_precision(tmp_path: Path, nlp: object) -> None:
    store = Store(str(tmp_path / "kb.db"))
    for item in (_february(), _april(), _may()):
        store.add(item)
    KnowledgeBase(store).resolve()
    path = tmp_path / "merges.tsv"
    assert sample_merges(store, path, size=50) >= 3
    rows = list(csv.DictReader(path.open(), delimiter="\t"))
    for index, row in enumerate(rows):
        row["verdict"] = "wrong" if index == 0 else "right"
    with path.open("w", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]), delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
    result = merge_precision(store, path)
    assert result["judged"] == len(rows) and result["wrong"] == 1
    assert result["precision"] == round((len(rows) - 1) / len(rows), 4)


def test_benchmark_on_a_small_corpus(tmp_path: Path, nlp: object) -> None:
    from tests.paths import EXAMPLES

    results = benchmark_kb([EXAMPLES], queries=5)
    assert results["documents"] == len(list(EXAMPLES.glob("*.txt")))
    assert results["entities_after_merging"] < results["entities_before_merging"]
    assert results["statements"] > results["rumours"] > 0


def test_split_sample_finds_namesakes_kept_apart_and_counts_them(tmp_path: Path, nlp: object) -> None:
    store = Store(str(tmp_path / "kb.db"))
    for item in (_february(), _april(), _may(), *_namesakes()):
        store.add(item)
    KnowledgeBase(store).resolve()
    path = tmp_path / "splits.tsv"
    assert sample_splits(store, path, size=50) == 1
    again = tmp_path / "again.tsv"
    sample_splits(store, again, size=50)
    assert again.read_text() == path.read_text()
    [row] = list(csv.DictReader(path.open(), delimiter="\t"))
    assert (row["name_a"], row["name_b"], row["match"], row["type"]) == ("Daniel Price", "Daniel Price", "full_name", "PERSON")
    row["verdict"] = "same"
    with path.open("w", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(row), delimiter="\t")
        writer.writeheader()
        writer.writerow(row)
    assert split_recall(store, path) == {"same_referent": 1, "still_apart": 1, "merged_now": 0, "different_merged": 0}


def test_given_names_agree_when_equal_or_an_initial() -> None:
    from dateline.bench.kb import _split_match

    assert _split_match(("george", "w", "bush"), ("george", "bush")) == "surname_given"
    assert _split_match(("g", "bush"), ("george", "bush")) == "surname_given"
    assert _split_match(("kate", "bush"), ("george", "bush")) is None
    assert _split_match(("kate", "bush"), ("kate", "bush")) == "full_name"


def test_a_fresh_merge_sample_leaves_out_the_judged_pairs_and_the_cli_draws_both_samples(tmp_path: Path, nlp: object) -> None:
    from typer.testing import CliRunner

    from dateline.cli import app

    store = Store(str(tmp_path / "kb.db"))
    for item in (_february(), _april(), _may(), *_namesakes()):
        store.add(item)
    KnowledgeBase(store).resolve()
    judged = tmp_path / "judged.tsv"
    everything = sample_merges(store, judged, size=50)
    fresh = tmp_path / "fresh.tsv"
    assert sample_merges(store, fresh, size=50, judged=judged) == 0 < everything
    store.close()
    runner = CliRunner()
    result = runner.invoke(app, ["benchmark", "kb", "--db", str(tmp_path / "kb.db"), "--sample-splits", str(tmp_path / "s.tsv"),
                                 "--seed", "7", "--json"])
    assert result.exit_code == 0, result.output
    assert '"sampled": 1' in result.output
