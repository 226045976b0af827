"""The learned pronoun ranker: labelling GAP pronouns and fitting the conditional logit."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.bench.coref import read_gap
from dateline.errors import InputError
from dateline.learn.coref_model import Choice, dump_coref_model, gap_choice, learn_coref_model, train_ranker
from dateline.nlp import load_pipeline
from dateline.stages.entities.lexicon import coref_weights

TINY = Path(__file__).parent / "data" / "gap-tiny.tsv"


def _choices() -> list[Choice]:
    """Six pronouns whose right candidate is marked "near", and two whose right answer is neither."""
    right = Choice([{"bias": 1.0, "near": 1.0}, {"bias": 1.0, "far": 1.0}], frozenset({0}), none_allowed=False)
    neither = Choice([{"bias": 1.0, "far": 1.0, "rare": 1.0}], frozenset(), none_allowed=True)
    return [right] * 6 + [neither] * 2


def test_the_ranker_learns_which_feature_marks_the_antecedent() -> None:
    weights = train_ranker(_choices(), prior={}, l2=1e-3, iterations=200, min_count=3)
    assert weights["near"] > weights["far"]
    assert weights["bias"] + weights["far"] < 0  # "neither" pronouns teach that a far candidate is no answer


def test_rare_and_kept_features_keep_their_prior_weight() -> None:
    prior = {"rare": -2.0, "near": 0.5, "quoted": 0.3}
    weights = train_ranker(_choices(), prior=prior, keep=frozenset({"near"}), l2=1e-3, iterations=50, min_count=3)
    assert weights["rare"] == -2.0  # seen on 2 candidates only, below min_count
    assert weights["near"] == 0.5
    assert weights["quoted"] == 0.3  # never seen in the data


def test_training_is_deterministic() -> None:
    first = train_ranker(_choices(), prior={}, l2=1e-3, iterations=100, min_count=1)
    assert first == train_ranker(_choices(), prior={}, l2=1e-3, iterations=100, min_count=1)


@pytest.mark.slow
def test_a_gap_row_becomes_a_choice_with_its_gold_candidate() -> None:
    example = read_gap(TINY)[0]  # "Sarah Quill met David Hale in Leeds. She said ..."; She = Sarah Quill
    choice = gap_choice(example, load_pipeline()(example.text), weights=coref_weights().weights)
    assert choice is not None
    assert not choice.none_allowed
    assert len(choice.allowed) == 1
    assert len(choice.options) == 1  # David Hale disagrees with "She": no candidate


@pytest.mark.slow
def test_learning_on_a_tiny_gap_file() -> None:
    model = learn_coref_model(TINY, nlp=load_pipeline(), rounds=1, iterations=20, min_count=1)
    assert model.trained_on.startswith("gap-tiny.tsv: 3 examples")
    assert model.weights["speaker_continuity"] == coref_weights().weights["speaker_continuity"]  # never fires
    assert '"weights": {' in dump_coref_model(model)


def test_validation_and_test_splits_are_refused(tmp_path: Path) -> None:
    for name in ("gap-validation.tsv", "gap-test.tsv"):
        with pytest.raises(InputError, match="development only"):
            learn_coref_model(tmp_path / name, nlp=load_pipeline())
