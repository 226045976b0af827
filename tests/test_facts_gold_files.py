"""The facts golds (development, held-out and the third, blind one) pass benchmarks/validate_facts_gold.py."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from tests.paths import REPO

VALIDATOR = REPO / "benchmarks" / "validate_facts_gold.py"


def _validator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("validate_facts_gold", VALIDATOR)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_development_gold_is_valid(news_dev_path: Path) -> None:
    report = _validator().validate(REPO / "benchmarks" / "facts-gold.jsonl", news_dev_path)
    assert report.errors == []
    assert (report.articles, report.facts) == (45, 440)


def test_heldout_gold_is_valid_and_covers_its_selection(news_dev_path: Path) -> None:
    validator = _validator()
    report = validator.validate(REPO / "benchmarks" / "facts-gold-heldout.jsonl", news_dev_path, heldout=True)
    assert report.errors == []
    assert (report.articles, report.facts) == (20, 206)


def test_heldout_selection_leaves_out_the_development_articles(news_dev_path: Path) -> None:
    import json

    validator = _validator()
    with news_dev_path.open(encoding="utf-8") as stream:
        texts = {record["id"]: record["text"] for record in map(json.loads, stream)}
    heldout = validator.expected_heldout_selection(texts)
    development = validator.expected_selection(list(texts))
    assert len(heldout) == 20 and not heldout & development
    assert sum(i.startswith("fakenewsnet-") for i in heldout) == 5


def test_the_development_gold_fails_the_heldout_selection(news_dev_path: Path) -> None:
    report = _validator().validate(REPO / "benchmarks" / "facts-gold.jsonl", news_dev_path, heldout=True)
    assert any("seeded selection" in error for error in report.errors)


def test_third_gold_is_valid_and_covers_its_selection(news_dev_path: Path) -> None:
    validator = _validator()
    report = validator.validate(REPO / "benchmarks" / "facts-gold-recall3.jsonl", news_dev_path, recall3=True)
    assert report.errors == []
    assert (report.articles, report.facts) == (10, 75)


def test_third_selection_leaves_out_both_other_golds(news_dev_path: Path) -> None:
    import json

    validator = _validator()
    with news_dev_path.open(encoding="utf-8") as stream:
        texts = {record["id"]: record["text"] for record in map(json.loads, stream)}
    third = validator.expected_recall3_selection(texts)
    others = validator.expected_heldout_selection(texts) | validator.expected_selection(list(texts))
    assert len(third) == 10 and not third & others
    assert sum(i.startswith("bbc-entertainment-") for i in third) == 5
