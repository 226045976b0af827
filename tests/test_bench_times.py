"""The times benchmark on a tiny gold file: scores, speed figures and prediction files."""

import json
from pathlib import Path

import pytest

from dateline.bench.times import benchmark_times
from dateline.errors import InputError

GOLD_DIR = Path(__file__).parent / "data" / "timeml"


def test_scores_on_a_tiny_gold_file(tmp_path: Path) -> None:
    results = benchmark_times(GOLD_DIR, predictions=tmp_path)
    assert (results["documents"], results["gold_timexes"], results["system_timexes"]) == (1, 3, 3)
    for name in ("strict", "relaxed", "type", "value"):
        assert results["scores"][name]["f1"] == 100.0
    assert results["speed"]["documents_per_second"] > 0


def test_predictions_are_written_per_document(tmp_path: Path) -> None:
    benchmark_times(GOLD_DIR, predictions=tmp_path)
    rows = json.loads((tmp_path / "lisbon.json").read_text(encoding="utf-8"))["times"]
    first = rows[0]
    assert first["end"] - first["start"] == 6
    assert (first["text"], first["type"], first["value"]) == ("Sunday", "DATE", "2025-04-13")


def test_a_folder_without_tml_files_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no .tml files"):
        benchmark_times(tmp_path)


@pytest.mark.slow
def test_with_the_parse_the_stage_gets_what_the_pipeline_gives() -> None:
    from dateline.nlp import load_pipeline

    results = benchmark_times(GOLD_DIR, nlp=load_pipeline())
    assert results["parse"] is True
    assert results["scores"]["value"]["f1"] == 100.0
    assert benchmark_times(GOLD_DIR)["parse"] is False
