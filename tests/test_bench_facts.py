"""The facts scorer: lenient name matching, one-to-one matching, the four figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.bench.facts import (
    FactKey,
    benchmark_facts,
    gold_keys,
    names_match,
    predicted_keys,
    read_gold,
    score_facts,
)
from dateline.errors import InputError
from tests.builders import analysis, attribution, entity, fact


def _gold(predicate: str, names: list[str], *, polarity: str = "positive", time: str | None = None,
          source: str = "author") -> FactKey:
    return FactKey(predicate, [{n} for n in names], polarity, time, source)


def _pred(predicate: str, names: list[set[str]], *, polarity: str = "positive", time: str | None = None,
          source: str = "author") -> FactKey:
    return FactKey(predicate, names, polarity, time, source)


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        ("Maya Lund", {"MAYA LUND"}, True),
        ("Maya Lund", {"Lund"}, True),
        ("Maya Lund", {"Dr Maya Lund's"}, True),
        ("Lund", {"Maya Lund"}, True),
        ("Maya Lund", {"Maya Berg"}, False),
        ("Maya Lund", {"Oskar Lund Berg"}, False),
        ("Harbour Lights", {"the Harbour Lights"}, True),
        ("The Glass Harbour", {"Glass Harbour"}, True),
        ("The Glass Harbour", {"The Glass House"}, False),
    ],
)
def test_names_match(gold: str, predicted: set[str], same: bool) -> None:
    assert names_match(gold, predicted) is same


def test_scores() -> None:
    gold = [
        _gold("married", ["Maya Lund", "Oskar Berg"], time="2011"),
        _gold("won_award", ["Maya Lund"], time="2004"),
        _gold("acted_in", ["Oskar Berg"], source="Lund"),
        _gold("nominated", ["Ivo Sand"], polarity="negative"),
    ]
    predicted = [
        _pred("married", [{"Oskar Berg"}, {"Lund"}], time="2011"),
        _pred("won_award", [{"Maya Lund"}], time="2005"),
        _pred("acted_in", [{"Oskar Berg"}], source="Maya Lund"),
        _pred("nominated", [{"Ivo Sand"}]),  # wrong polarity: no match
        _pred("said_about", [{"Ivo Sand"}]),  # not annotated by the gold: not scored
    ]
    scores = score_facts([(gold, predicted)])
    assert (scores["matched"], scores["predicted_facts"], scores["gold_facts"]) == (3, 4, 4)
    assert (scores["precision"], scores["recall"]) == (0.75, 0.75)
    assert scores["time_accuracy"] == 0.5 and scores["timed_matches"] == 2
    assert scores["source_accuracy"] == 1.0
    assert scores["per_predicate"]["nominated"] == {"gold": 1, "predicted": 1, "matched": 0, "precision": 0.0, "recall": 0.0}


def test_one_predicted_fact_matches_one_gold_fact() -> None:
    gold = [_gold("won_award", ["Maya Lund"]), _gold("won_award", ["Maya Lund"])]
    scores = score_facts([(gold, [_pred("won_award", [{"Maya Lund"}])])])
    assert (scores["matched"], scores["recall"], scores["precision"]) == (1, 0.5, 1.0)


@pytest.mark.slow
def test_benchmark_reads_articles_and_gold(tmp_path: Path, nlp: object) -> None:
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "a1", "text": "Maya Lund married Oskar Berg in Oslo in 2011."}) + "\n")
    gold = tmp_path / "gold.jsonl"
    fact = {"predicate": "married", "participants": ["Maya Lund", "Oskar Berg"], "object": None, "place": "Oslo",
            "time": "2011", "polarity": "positive", "certainty": "certain", "source": "author", "trigger": "married",
            "evidence": {"start": 0, "end": 45}, "arguments": {}}
    gold.write_text(json.dumps({"id": "a1", "facts": [fact]}) + "\n")
    predictions = tmp_path / "predicted.jsonl"
    results = benchmark_facts(gold, articles=articles, predictions=predictions)
    assert (results["articles"], results["gold_facts"]) == (1, 1)
    assert json.loads(predictions.read_text())["id"] == "a1"
    assert gold_keys(json.loads(gold.read_text()))[0].time == "2011"


def test_a_pronoun_source_is_compared_by_the_entity_it_names() -> None:

    text = "Maya Lund sang. She said Oskar Berg had joined the band."
    built = analysis(text, id="a1", date=None, entities=[entity(text, "E1", "Maya Lund"), entity(text, "E2", "Oskar Berg")],
                     attributions=[attribution(text, "A1", "She", "said", entity="E1")],
                     facts=[fact(text, "F1", "works_for", ["E2"], "joined", asserted_by="A1")])
    (key,) = predicted_keys(built)
    assert key.source == "Maya Lund"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "not a gold facts record (Expecting value: line 1 column 1 (char 0))"),
        ('{"facts": []}', "not a gold facts record: no 'id'"),
        ('{"id": "a", "facts": [{"predicate": "met"}]}', "not a gold facts record: no 'participants'"),
        ("[1]", "not a gold facts record (list indices must be integers or slices, not str)"),
    ],
)
def test_a_bad_gold_line_is_named(tmp_path: Path, line: str, message: str) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "facts": []}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_gold(gold)
    assert str(raised.value) == f"{gold} (line 2): {message}"


def test_a_missing_gold_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"gold.jsonl: cannot read the gold facts"):
        read_gold(tmp_path / "gold.jsonl")
