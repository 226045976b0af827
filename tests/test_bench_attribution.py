"""The attribution benchmark's scorer and runner, on a tiny gold file written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.bench.attribution import benchmark_attribution, read_records, score_records
from dateline.errors import InputError

TEXT = "Mara Lindqvist said the tour would start in May. The band rested."


def _span(text: str, part: str) -> dict[str, object]:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def _attribution(source: str | None, cue: str, content: str) -> dict[str, object]:
    return {
        "id": "E1",
        "type": "Attribution" if source else "Attribution-no-source",
        "source": [_span(TEXT, source)] if source else [],
        "cue": [_span(TEXT, cue)],
        "content": [_span(TEXT, content)],
    }


def _record(*attributions: dict[str, object]) -> dict[str, object]:
    return {"doc_id": "d1", "text": TEXT, "attributions": list(attributions)}


GOLD = _record(_attribution("Mara Lindqvist", "said", "the tour would start in May"))


def test_a_perfect_prediction_scores_100() -> None:
    results = score_records([GOLD], [GOLD])
    assert results["relation"]["f1"] == 100.0
    assert all(results["exact"][role]["f1"] == 100.0 for role in ("source", "cue", "content"))


def test_a_shorter_content_is_wrong_exactly_but_right_by_overlap() -> None:
    guess = _record(_attribution("Mara Lindqvist", "said", "the tour would start"))
    results = score_records([GOLD], [guess])
    assert results["exact"]["content"]["f1"] == 0.0
    assert results["overlap"]["content"]["precision"] == 100.0
    assert results["overlap"]["content"]["recall"] == pytest.approx(100 * 4 / 6, abs=0.01)
    assert results["relation"]["f1"] == 100.0  # 4 of 6 tokens: at least half


def test_a_relation_needs_the_source_too() -> None:
    guess = _record(_attribution(None, "said", "the tour would start in May"))
    results = score_records([GOLD], [guess])
    assert results["relation"]["f1"] == 0.0
    assert results["exact"]["cue"]["f1"] == 100.0


def test_an_extra_prediction_lowers_precision_only() -> None:
    extra = _record(GOLD["attributions"][0], _attribution(None, "rested", "The band"))  # type: ignore[index]
    results = score_records([GOLD], [extra])
    assert results["relation"]["precision"] == 50.0 and results["relation"]["recall"] == 100.0


def test_a_bad_line_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        read_records(path)


@pytest.mark.slow
def test_the_benchmark_runs_the_stage_and_writes_predictions(tmp_path: Path) -> None:
    gold, predictions = tmp_path / "gold.jsonl", tmp_path / "predicted.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    results = benchmark_attribution(gold, predictions=predictions)
    assert results["relation"]["f1"] == 100.0
    (written,) = [json.loads(line) for line in predictions.read_text(encoding="utf-8").splitlines()]
    assert written["doc_id"] == "d1" and written["text"] == TEXT
    assert [a["cue"][0]["text"] for a in written["attributions"]] == ["said"]
