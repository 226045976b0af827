"""The cue tagger benchmark: tagger, stage and union cue scores on a tiny gold file written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from dateline.bench.cue_tagger import benchmark_cue_tagger, missed_found, union_records

TEXT = "Mara Lindqvist said the tour would start in May. Tobias Renner's hope for a new album grew."


def _cue(part: str) -> dict[str, object]:
    start = TEXT.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def _record(*cues: str) -> dict[str, object]:
    attributions = [{"id": f"E{n}", "source": [], "cue": [_cue(cue)], "content": []} for n, cue in enumerate(cues)]
    return {"doc_id": "d1", "text": TEXT, "attributions": attributions}


def test_the_union_adds_only_tagged_cues_that_overlap_no_stage_cue() -> None:
    union = union_records([_record("said")], [_record("said the", "hope for")])
    assert [a["cue"][0]["text"] for a in union[0]["attributions"]] == ["said", "hope for"]


def test_missed_gold_cues_are_counted_with_what_the_tagger_finds() -> None:
    counts = missed_found([_record("said", "hope for")], [_record("said")], [_record("hope")])
    assert counts == {"stage_missed": 1, "tagger_finds_exact": 0, "stage_none_overlapping": 1, "tagger_finds_overlapping": 1}


def _ruler_tagger(folder: Path) -> Path:
    """A stand-in for a trained tagger: a pattern ruler that marks "hope for" as a CUE."""
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "CUE", "pattern": [{"LOWER": "hope"}, {"LOWER": "for"}]}])
    nlp.to_disk(folder)
    return folder


@pytest.mark.slow
def test_benchmark_scores_the_tagger_the_stage_and_their_union(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(_record("said", "hope for")) + "\n", encoding="utf-8")
    results = benchmark_cue_tagger(gold, tagger=_ruler_tagger(tmp_path / "tagger"))
    assert results["tagger"]["exact"] == {"precision": 100.0, "recall": 50.0, "f1": 66.67, "predicted": 1, "gold": 2}
    assert results["stage"]["exact"]["recall"] == 50.0  # the stage finds "said", not the noun "hope for"
    assert results["union"]["exact"]["recall"] == 100.0
    assert results["gold_cues"]["tagger_finds_exact"] == 1
