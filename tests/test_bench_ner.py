"""The CoNLL-2003 benchmark: reading the format, span extraction, scoring, a run on a tiny file."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.bench.ner import conll_spans, read_conll, run_ner, score_spans

TINY = Path(__file__).parent / "data" / "conll-tiny.txt"


def test_read_conll_skips_document_markers() -> None:
    sentences = read_conll(TINY)
    assert [len(tokens) for tokens, _ in sentences] == [7, 9]
    assert sentences[0][0][:2] == ["Sarah", "Quill"]


def test_spans_from_iob2_tags() -> None:
    tags = ["B-PER", "I-PER", "O", "B-ORG", "B-ORG", "I-LOC"]
    expected = {(4, 0, 2, "PER"), (4, 3, 4, "ORG"), (4, 4, 5, "ORG"), (4, 5, 6, "LOC")}
    assert conll_spans(tags, sentence=4) == expected


def test_scores_are_exact_span_and_type() -> None:
    gold = {(0, 0, 2, "PER"), (0, 3, 4, "ORG")}
    predicted = {(0, 0, 2, "PER"), (0, 3, 4, "LOC")}
    scores = score_spans(gold, predicted)
    assert scores["overall"] == {"precision": 50.0, "recall": 50.0, "f1": 50.0}
    assert scores["ORG"]["recall"] == 0.0


@pytest.mark.slow
def test_run_compares_spacy_with_dateline_rules() -> None:
    results = run_ner(TINY)
    assert results["entities"] == 6
    assert results["dateline"]["ORG"]["recall"] == 100.0  # DailyMail.com comes from dateline's outlet list
    assert results["dateline"]["overall"]["f1"] >= results["spacy"]["overall"]["f1"]
