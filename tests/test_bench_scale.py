"""``dateline benchmark scale`` on a tiny corpus cycled into a longer run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.bench.memory import MemorySampler, descendants
from dateline.bench.scale import benchmark_scale
from dateline.cli import app

pytestmark = pytest.mark.slow


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    rows = [{"id": f"d{i}", "text": f"Ines Varga opened a bakery in Lyon on day {i}."} for i in range(7)]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


def test_the_corpus_is_cycled_and_memory_sampled(corpus: Path, tmp_path: Path, nlp: object) -> None:
    curve = tmp_path / "curve.jsonl"
    results = benchmark_scale(corpus, documents=30, workers=1, batch_size=5, sample_every=10, curve=curve)
    assert (results["documents"], results["ingested"], results["stored"]) == (30, 30, 30)
    assert [point["documents"] for point in results["curve"]] == [5, 15, 25]
    assert [json.loads(line) for line in curve.read_text().splitlines()] == results["curve"]
    assert results["peak_parent_rss_mb"] > 0
    assert {"parent_growth_mb", "workers_growth_mb"} <= set(results)


def test_a_kept_store_resumes(corpus: Path, tmp_path: Path, nlp: object) -> None:
    db = tmp_path / "kept.db"
    benchmark_scale(corpus, documents=10, workers=1, batch_size=5, db=db)
    results = benchmark_scale(corpus, documents=20, workers=1, batch_size=5, db=db)
    assert (results["ingested"], results["unchanged"], results["stored"]) == (10, 10, 20)


def test_sampler_sees_child_processes() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(5)"])
    try:
        assert child.pid in descendants(os.getpid())
        sampler = MemorySampler()
        sampler.sample(0)
        assert sampler.curve[0]["processes"] >= 2 and sampler.curve[0]["workers_rss_mb"] > 0
    finally:
        child.kill()
        child.wait()


def test_command_prints_one_json_object(corpus: Path, nlp: object) -> None:
    result = CliRunner().invoke(
        app, ["benchmark", "scale", "--corpus", str(corpus), "--documents", "9", "--workers", "1", "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["stored"] == 9
