"""``dateline benchmark speed`` on a tiny corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dateline.bench.speed import benchmark_speed, load_corpus
from dateline.cli import app
from dateline.errors import InputError

pytestmark = pytest.mark.slow


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    rows = [{"id": f"d{i}", "text": f"Maya Lund met Oskar Berg in Oslo on day {i}."} for i in range(5)]
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n")
    return path


def test_repeated_copies_get_distinct_ids(corpus: Path) -> None:
    documents = load_corpus(corpus, repeat=3, limit=12)
    assert len(documents) == 12
    assert len({document.id for document in documents}) == 12


def test_a_missing_corpus_is_named_as_missing(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_corpus(tmp_path / "absent.jsonl")


def test_an_empty_corpus_has_no_documents(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    with pytest.raises(InputError, match=r"empty.jsonl: empty file \(no JSON lines\)"):
        load_corpus(empty)


def test_results_have_the_three_phases_and_ratios(corpus: Path, nlp: object) -> None:
    results = benchmark_speed(corpus, repeat=2)
    assert results["documents"] == 10
    assert results["model"] == "en_core_web_md"  # the package name users install, not spaCy's short one
    for phase in ("spacy", "extract", "ingest"):
        assert results[phase]["docs_per_s"] > 0
    assert results["extract"]["failed"] == 0
    assert set(results["extract"]["stage_share"]) == {"entities", "times", "attribution", "facts", "components", "spacy"}
    assert results["components"]["seconds"] > 0  # dateline's own spaCy components are timed apart from spaCy
    assert 0 < results["ratio_extract_vs_spacy"] and 0 < results["ratio_ingest_vs_spacy"]
    # the whole pipeline's phase (a) includes dateline's components, so it is the slower baseline
    assert results["spacy_pipeline"]["cpu_seconds"] > results["spacy"]["cpu_seconds"]
    assert results["ratio_extract_vs_bare_spacy_cpu"] < results["ratio_extract_vs_spacy_cpu"]


def test_command_prints_one_json_object(corpus: Path, nlp: object, tmp_path: Path) -> None:
    output = tmp_path / "speed.json"
    result = CliRunner().invoke(app, ["benchmark", "speed", "--corpus", str(corpus), "--json", "--output", str(output)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents"] == 5
    assert json.loads(output.read_text())["documents"] == 5


def test_engines_report_speedup_and_worker_memory(corpus: Path, nlp: object) -> None:
    results = benchmark_speed(corpus, repeat=4, batch_size=5, workers=[2], dask_workers=[1])
    local, dask = results["engines"]["local"], results["engines"]["dask"]
    assert local["1"]["speedup_vs_1"] == 1.0 and local["2"]["speedup_vs_1"] > 0
    assert (local["2"]["ingested"], dask["1"]["ingested"]) == (20, 20)
    assert local["2"]["processes_seen"] >= 3  # this process and two workers
    assert local["2"]["peak_worker_rss_mb"] > 0 and dask["1"]["peak_worker_rss_mb"] > 0


def test_phases_take_turns_one_copy_of_the_corpus_each_round(corpus: Path) -> None:
    from dateline.bench.speed import _rounds

    documents = load_corpus(corpus, repeat=3)
    rounds = _rounds(documents, 3)
    assert [len(part) for part in rounds] == [5, 5, 5]
    assert [document.id for part in rounds for document in part] == [document.id for document in documents]
    assert {document.id.partition("#")[2] for document in rounds[1]} == {"1"}


def test_the_whole_pipeline_is_warmed_up_before_the_first_timed_phase(
    corpus: Path, nlp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Warming up spaCy alone left the stages' loading (the times regexes: seconds) to the first extract round.
    from dateline.bench import speed

    events: list[str] = []
    analyse_many, start_phase = speed.analyse_many, speed._start_phase

    def analysing(*args: Any, **kwargs: Any) -> Any:
        events.append("analyse")
        return analyse_many(*args, **kwargs)

    def starting() -> Any:
        events.append("timed phase")
        return start_phase()

    monkeypatch.setattr(speed, "analyse_many", analysing)
    monkeypatch.setattr(speed, "_start_phase", starting)
    benchmark_speed(corpus, limit=2)
    assert events[:2] == ["analyse", "timed phase"]



def test_every_times_route_is_compiled_before_the_first_timed_phase(
    corpus: Path, nlp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Eight warm-up documents reach a few of the ~140 routes; the rest compiled inside the timed rounds of (b).
    from dateline.bench import speed
    from dateline.stages.times.grammar import Grammar

    events: list[str] = []
    compile_routes, start_phase = Grammar.compile_routes, speed._start_phase

    def compiling(self: Grammar) -> None:
        events.append("compile routes")
        compile_routes(self)

    def starting() -> Any:
        events.append("timed phase")
        return start_phase()

    monkeypatch.setattr(Grammar, "compile_routes", compiling)
    monkeypatch.setattr(speed, "_start_phase", starting)
    benchmark_speed(corpus, limit=2)
    assert events[:2] == ["compile routes", "timed phase"]
