"""The factuality benchmarks on tiny event-factuality and Szeged files written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.bench.factuality import benchmark_factuality, is_dev_document, score_class

pytestmark = pytest.mark.slow


def _write(path: Path, records: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _event(text: str, word: str, label: float) -> dict[str, object]:
    index = text.split(" ").index(word)
    return {"text": text, "targets": [{"span1": [index, index + 1], "label": label, "span_text": word}]}


def test_score_classes() -> None:
    assert [score_class(s) for s in (3.0, 2.0, 0.0, -2.0, -3.0)] == [
        "certain+",
        "probable+",
        "possible",
        "probable-",
        "certain-",
    ]


def test_the_dev_split_is_a_fixed_part_of_the_documents() -> None:
    ids = [f"doc-{n}" for n in range(1000)]
    share = sum(is_dev_document(doc_id) for doc_id in ids) / len(ids)
    assert 0.25 < share < 0.35
    assert [is_dev_document(doc_id) for doc_id in ids] == [is_dev_document(doc_id) for doc_id in ids]


def test_event_scores_against_gold_and_the_median_baseline(tmp_path: Path) -> None:
    dev = [
        _event("Mara returned to Oslo .", "returned", 3.0),
        _event("Mara did not return to Oslo .", "return", -3.0),
        _event("Mara may return to Oslo .", "return", 1.0),
    ]
    _write(tmp_path / "uw" / "dev.jsonl", dev)
    _write(tmp_path / "uw" / "train.jsonl", [_event("Mara left .", "left", 3.0)])
    from dateline.nlp import load_pipeline

    results = benchmark_factuality(events=tmp_path, nlp=load_pipeline())["events"]["uw"]
    assert results["events"] == 3
    assert results["mae"] == 0.0 and results["pearson_r"] == 1.0 and results["macro_f1"] == 100.0
    assert results["baseline_median"] == 3.0 and results["baseline_mae"] == pytest.approx(8 / 3, abs=1e-3)


def test_hedge_cues_and_uncertain_sentences(tmp_path: Path) -> None:
    doc_id = next(f"doc-{n}" for n in range(100) if is_dev_document(f"doc-{n}"))
    text = "The village may be the oldest in the region."
    records = [
        {"doc_id": doc_id, "text": text, "uncertain": True, "cues": [{"start": 12, "end": 15, "text": "may"}]},
        {"doc_id": doc_id, "text": "The village has a church.", "uncertain": False, "cues": []},
    ]
    _write(tmp_path / "wikipedia-weasel.trainval.jsonl", records)
    from dateline.nlp import load_pipeline

    results = benchmark_factuality(szeged=tmp_path, nlp=load_pipeline())["hedges_wikipedia"]
    assert results["sentences"] == 2
    assert results["cues"]["f1"] == 100.0 and results["uncertain_sentences"]["f1"] == 100.0
