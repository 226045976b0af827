"""The GAP benchmark: reading GAP files, scoring, and the run on a tiny gold file written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.bench.coref import GapExample, GapPrediction, gap_scores, read_gap, run_gap
from dateline.errors import InputError

TINY = Path(__file__).parent / "data" / "gap-tiny.tsv"


def _example(id: str, pronoun: str, a: bool, b: bool) -> GapExample:
    return GapExample(id, "", pronoun, 0, "A", 0, a, "B", 0, b)


def test_read_gap() -> None:
    examples = read_gap(TINY)
    assert [(e.id, e.pronoun, e.pronoun_offset, e.a_coref, e.b_coref) for e in examples] == [
        ("tiny-1", "She", 37, True, False),
        ("tiny-2", "his", 54, True, False),
        ("tiny-3", "her", 44, False, True),
    ]
    assert [e.gender for e in examples] == ["feminine", "masculine", "feminine"]


def test_a_file_without_gap_columns_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("ID\tText\nx\ty\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a GAP file"):
        read_gap(path)


def test_scores_follow_the_gap_scorer() -> None:
    examples = [
        _example("1", "he", True, False),
        _example("2", "she", False, True),
        _example("3", "she", False, False),
    ]
    predictions = [
        GapPrediction("1", True, False),
        GapPrediction("2", True, False),
        GapPrediction("3", False, True),
    ]
    scores = gap_scores(examples, predictions)
    assert scores["masculine"] == {"precision": 100.0, "recall": 100.0, "f1": 100.0}
    assert scores["feminine"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert scores["overall"] == {"precision": 33.3, "recall": 50.0, "f1": 40.0}
    assert scores["bias"] == 0.0


@pytest.mark.slow
def test_run_on_a_tiny_gold_file(tmp_path: Path) -> None:
    out = tmp_path / "predictions.tsv"
    results = run_gap(TINY, predictions=out)
    assert results["examples"] == 3
    assert results["overall"]["f1"] == 100.0
    assert out.read_text(encoding="utf-8").splitlines() == [
        "tiny-1\tTrue\tFalse",
        "tiny-2\tTrue\tFalse",
        "tiny-3\tFalse\tTrue",
    ]


@pytest.mark.slow
def test_given_candidates_become_person_mentions_over_the_ner() -> None:
    from dateline.bench.coref import mark_candidates
    from dateline.nlp import load_pipeline

    text = "Georgia Vance thanked Brooklyn after the final, and she kept the trophy."
    example = GapExample("x", text, "she", text.index("she"), "Georgia Vance", 0, False, "Brooklyn", 22, True)
    doc = load_pipeline()(text)
    assert "PERSON" not in {ent.label_ for ent in doc.ents}  # the NER takes both for places
    doc = mark_candidates(example, doc)
    people = {(ent.text, ent.label_) for ent in doc.ents}
    assert ("Georgia Vance", "PERSON") in people
    assert ("Brooklyn", "PERSON") in people
    assert not any(ent.label_ != "PERSON" and ent.text in {"Georgia", "Brooklyn"} for ent in doc.ents)

