"""The TempEval-3 Task A scorer: strict and relaxed extents, type and value over relaxed matches."""

from dataclasses import dataclass

from dateline.bench.tempeval import MatchCounts, count_matches, f1_scores


@dataclass
class T:
    start: int
    end: int
    type: str = "DATE"
    value: str = "2025"


def test_exact_match_counts_everywhere() -> None:
    counts = count_matches([T(0, 4)], [T(0, 4)])
    assert (counts.strict, counts.relaxed, counts.type, counts.value) == (1, 1, 1, 1)


def test_overlap_is_relaxed_only() -> None:
    counts = count_matches([T(0, 10)], [T(4, 12)])
    assert (counts.strict, counts.relaxed) == (0, 1)


def test_each_timex_matches_once_preferring_the_largest_overlap() -> None:
    gold = [T(0, 10, value="A")]
    system = [T(0, 3, value="B"), T(2, 10, value="A")]
    counts = count_matches(gold, system)
    assert (counts.relaxed, counts.value, counts.system) == (1, 1, 2)


def test_attributes_are_scored_on_relaxed_matches() -> None:
    gold = [T(0, 4, "DATE", "2025"), T(10, 14, "DURATION", "P2Y")]
    system = [T(0, 4, "DATE", "2024"), T(10, 13, "DURATION", "P2Y")]
    counts = count_matches(gold, system)
    assert (counts.strict, counts.relaxed, counts.type, counts.value) == (1, 2, 2, 1)


def test_scores_are_micro_averaged_percentages() -> None:
    counts = MatchCounts()
    counts += count_matches([T(0, 4)], [T(0, 4), T(8, 9)])  # one right, one spurious
    counts += count_matches([T(0, 4), T(5, 6)], [])  # two missed
    scores = f1_scores(counts)
    assert scores["strict"] == {"precision": 50.0, "recall": 33.33, "f1": 40.0}
    # value F1 = value accuracy over relaxed matches x relaxed F1
    assert scores["value"]["f1"] == scores["relaxed"]["f1"]


def test_no_timexes_give_zero_not_an_error() -> None:
    assert f1_scores(MatchCounts())["relaxed"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
