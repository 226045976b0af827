"""The cue model: options and features, training, labelling against gold, and the shipped file."""

from __future__ import annotations

import json

import numpy as np
import pytest

from dateline.errors import PipelineError
from dateline.learn.cue_model import CueModel, OptionExample, cue_model, dump_cue_model, train_weights


def test_training_separates_what_the_features_separate() -> None:
    examples = [OptionExample(features=["bias", "lemma=vow"], label=True) for _ in range(20)]
    examples += [OptionExample(features=["bias", "lemma=walk"], label=False) for _ in range(20)]
    learned = train_weights(examples, l2=1e-4, iterations=200, min_count=2)
    assert learned.context == []
    model = CueModel(trained_on="test", threshold=0.5, l2=1e-4, iterations=200, min_count=2, weights=learned.features)
    assert model.probability(["bias", "lemma=vow"]) > 0.9
    assert model.probability(["bias", "lemma=walk"]) < 0.1
    assert model.probability(["bias", "lemma=unseen"]) == pytest.approx(0.5, abs=0.05)


def test_training_is_deterministic_and_drops_rare_features() -> None:
    examples = [OptionExample(features=["bias", f"rare={n}"], label=n % 2 == 0) for n in range(10)]
    first = train_weights(examples, l2=1e-4, iterations=50, min_count=2)
    assert first == train_weights(examples, l2=1e-4, iterations=50, min_count=2)
    assert not any(name.startswith("rare=") for name in first.features)


def _contextual_examples() -> list[OptionExample]:
    """The same sparse features; only the contextual vector's second number tells the labels apart."""
    return [
        OptionExample(features=["bias", "lemma=push"], label=n % 2 == 0, context=np.array([1.0, 1.0 if n % 2 == 0 else -1.0]))
        for n in range(40)
    ]


def test_training_learns_from_the_contextual_vectors() -> None:
    learned = train_weights(_contextual_examples(), l2=1e-4, iterations=200, min_count=2)
    assert len(learned.context) == 2 and learned.context[1] > 1.0
    model = CueModel(
        trained_on="test", threshold=0.5, l2=1e-4, iterations=200, min_count=2,
        context=["word"], context_weights=learned.context, weights=learned.features,
    )
    assert model.contextual
    assert model.probability(["bias", "lemma=push"], context=np.array([1.0, 1.0])) > 0.9
    assert model.probability(["bias", "lemma=push"], context=np.array([1.0, -1.0])) < 0.1


def test_a_contextual_model_refuses_an_option_without_its_vectors() -> None:
    model = CueModel(trained_on="test", threshold=0.5, l2=0, iterations=1, min_count=1, context=["word"],
                     context_weights=[0.5, 0.5], weights={"bias": 0.1})
    with pytest.raises(PipelineError, match="2 contextual numbers"):
        model.probability(["bias"])
    with pytest.raises(PipelineError, match="got 3"):
        model.probability(["bias"], context=np.zeros(3))


def test_training_wants_vectors_for_all_examples_or_none() -> None:
    mixed = [*_contextual_examples(), OptionExample(features=["bias"], label=True)]
    with pytest.raises(ValueError, match="every training example"):
        train_weights(mixed, l2=1e-4, iterations=5, min_count=1)


def test_the_dump_round_trips() -> None:
    model = CueModel(trained_on="test", threshold=0.6, l2=1e-4, iterations=10, min_count=2, weights={"b": -0.5, "a": 1.25},
                     context=["word"], context_weights=[0.25, -1.5])
    text = dump_cue_model(model)
    assert text.startswith("{\n") and '"_comment"' in text
    assert CueModel.model_validate(json.loads(text)) == model


def test_the_shipped_model_loads_with_its_threshold() -> None:
    model = cue_model()
    assert 0.0 < model.threshold < 1.0 and len(model.weights) > 1000
    assert model.trained_on.startswith("train.jsonl")
    assert not model.contextual  # the contextual variant did not improve news: docs/attribution.md


@pytest.mark.slow
def test_options_are_labelled_by_whether_their_attribution_matches_the_gold() -> None:
    from dateline.learn.cue_model import gold_options
    from dateline.nlp import load_pipeline
    from dateline.stages.attribution_rules import attribution_lexicon

    text = "Mara vowed to fight on. Tobias walked home."
    doc = load_pipeline()(text)

    def span(part: str) -> dict[str, object]:
        start = text.index(part)
        return {"start": start, "end": start + len(part), "text": part}

    record = {"text": text, "attributions": [{"source": [span("Mara")], "cue": [span("vowed")], "content": [span("to fight on")]}]}
    examples = gold_options(record, doc, lexicon=attribution_lexicon())
    labelled = {next(f for f in e.features if f.startswith("lemma|rel=")): e.label for e in examples}
    assert labelled["lemma|rel=vow|xcomp"] is True
    assert not any(label for feature, label in labelled.items() if not feature.startswith("lemma|rel=vow"))
