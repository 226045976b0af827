"""The learned pronoun ranker: the weights of the resolver's features, fitted on GAP development.

The resolver (dateline/stages/entities/pronouns.py) scores each candidate of a pronoun with a
weighted sum of its features and takes the best one if it scores above zero. This module fits
those weights as a conditional logit over each pronoun's candidates plus a "none" option that
scores zero. GAP says which of two names a pronoun refers to, or neither:

- the pronoun refers to A (or B): the right option is the candidate cluster that holds that name;
  a pronoun whose gold name is no candidate (the NER missed it, the filters dropped it) teaches
  nothing and is left out;
- neither: any option but the clusters of A and B is right ("none", or a third person), so the
  likelihood is that of the set of allowed options.

Each pronoun is seen in the state the resolver is in when it reaches it: names clustered, the
pronouns before it resolved, with the weights of the previous round (round one starts from the
hand-set weights in ``coref.yaml``, so the result does not depend on the shipped file). Features
that fire too rarely in GAP to be learned, and those ``coref.yaml`` lists under ``kept_weights``,
keep their hand-set weight. Training is
full-batch Adam with an L2 penalty in numpy, from zero weights in a fixed order: the same GAP file
and spaCy model give the same weights. They are written as JSON to ``dateline/data/coref_model.json``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.bench.coref import GapExample, read_gap
from dateline.errors import InputError
from dateline.learn.weights_json import dump_weights
from dateline.stages.entities.discourse import Discourse
from dateline.stages.entities.lexicon import CorefModel, coref_weights
from dateline.stages.entities.mentions import find_named_mentions
from dateline.stages.entities.names import cluster_names
from dateline.stages.entities.pronouns import pronoun_candidates, resolve_pronouns

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Choice", "dump_coref_model", "gap_choice", "learn_coref_model", "train_ranker"]

@dataclass(frozen=True)
class Choice:
    """One pronoun's options: each candidate's features, and which options are right.

    ``allowed`` holds candidate indexes; ``none_allowed`` says whether leaving the pronoun
    unresolved is right too.
    """

    options: list[dict[str, float]]
    allowed: frozenset[int]
    none_allowed: bool


def gap_choice(example: GapExample, doc: Doc, *, weights: Mapping[str, float]) -> Choice | None:
    """The resolver's options for the example's pronoun, labelled by GAP (None when it teaches nothing)."""
    pronoun = doc.char_span(example.pronoun_offset, example.pronoun_offset + len(example.pronoun))
    if pronoun is None or len(pronoun) != 1:
        return None
    discourse = Discourse(doc)
    cluster_names(discourse, find_named_mentions(doc))
    resolve_pronouns(discourse, until=pronoun.start, weights=weights)
    found = pronoun_candidates(discourse, pronoun[0], weights=weights)
    if not found:
        return None
    a = _name_clusters(discourse, doc, example.a_offset, len(example.a))
    b = _name_clusters(discourse, doc, example.b_offset, len(example.b))
    if example.a_coref or example.b_coref:
        gold = a if example.a_coref else b
        allowed = frozenset(i for i, c in enumerate(found) if c.cluster in gold)
        if not allowed:
            return None
        return Choice([c.features for c in found], allowed, none_allowed=False)
    allowed = frozenset(i for i, c in enumerate(found) if c.cluster not in a | b)
    return Choice([c.features for c in found], allowed, none_allowed=True)


def _name_clusters(discourse: Discourse, doc: Doc, offset: int, length: int) -> set[int]:
    """Clusters with a name mention overlapping the characters ``[offset, offset + length)``."""
    span = doc.char_span(offset, offset + length, alignment_mode="expand")
    if span is None:
        return set()
    return {
        number
        for number, cluster in enumerate(discourse.clusters)
        for ref in cluster.refs
        if ref.kind == "name" and ref.start < span.end and span.start < ref.end
    }


def train_ranker(
    choices: list[Choice],
    *,
    prior: Mapping[str, float],
    keep: frozenset[str] = frozenset(),
    l2: float,
    iterations: int,
    min_count: int,
    learning_rate: float = 0.05,
) -> dict[str, float]:
    """Conditional-logit weights of the features firing on at least ``min_count`` candidates; the
    others keep their ``prior`` weight (GAP's Wikipedia paragraphs have too few quotations to learn
    the quotation features news needs)."""
    import numpy as np

    counts = Counter(name for choice in choices for option in choice.options for name, v in option.items() if v)
    names = sorted(name for name, count in counts.items() if count >= min_count and name not in keep)
    index = {name: number for number, name in enumerate(names)}
    fixed = {name: weight for name, weight in prior.items() if name not in index}
    rows = [option for choice in choices for option in choice.options]
    features = np.zeros((len(rows), len(names)))
    offsets = np.zeros(len(rows))
    for row, option in enumerate(rows):
        for name, value in option.items():
            if name in index:
                features[row, index[name]] = value
            offsets[row] += fixed.get(name, 0.0) * value
    group = np.repeat(np.arange(len(choices)), [len(choice.options) for choice in choices])
    allowed = np.array([i in choice.allowed for choice in choices for i in range(len(choice.options))])
    none_allowed = np.array([choice.none_allowed for choice in choices])
    weights = np.zeros(len(names))
    first = np.zeros(len(names))
    second = np.zeros(len(names))
    for step in range(1, iterations + 1):
        scores = np.exp(np.clip(features @ weights + offsets, -30.0, 30.0))
        total = 1.0 + np.bincount(group, weights=scores, minlength=len(choices))  # "none" scores exp(0)
        right = none_allowed + np.bincount(group, weights=scores * allowed, minlength=len(choices))
        # d(-log P(allowed))/dw = E_all[x] - E_allowed[x], summed over choices
        share = scores / total[group] - scores * allowed / right[group]
        gradient = features.T @ share / len(choices) + l2 * weights
        first = 0.9 * first + 0.1 * gradient
        second = 0.999 * second + 0.001 * gradient * gradient
        weights -= learning_rate * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
    learned = {name: round(float(w), 3) for name, w in zip(names, weights, strict=True) if abs(w) >= 0.005}
    return {**fixed, **learned}


def learn_coref_model(
    path: Path,
    *,
    nlp: Language,
    rounds: int = 3,
    l2: float = 1e-3,
    iterations: int = 400,
    min_count: int = 5,
    limit: int | None = None,
) -> CorefModel:
    """Learn the resolver's weights from GAP file ``path`` (development; never validation or test)."""
    if path.stem.endswith(("validation", "test")):
        raise InputError("the coref model is learned on GAP development only", input=str(path))
    examples = read_gap(path)[:limit] if limit else read_gap(path)
    docs = list(nlp.pipe((example.text for example in examples), batch_size=64))
    settings = coref_weights()
    prior = settings.weights
    weights = dict(prior)
    choices: list[Choice] = []
    for _ in range(rounds):
        found = (gap_choice(example, doc, weights=weights) for example, doc in zip(examples, docs, strict=True))
        choices = [choice for choice in found if choice is not None]
        weights = train_ranker(
            choices, prior=prior, keep=settings.kept_weights, l2=l2, iterations=iterations, min_count=min_count
        )
    return CorefModel(
        trained_on=f"{path.name}: {len(examples)} examples, {len(choices)} pronouns with a usable label",
        l2=l2,
        iterations=iterations,
        min_count=min_count,
        weights=weights,
    )


def dump_coref_model(model: CorefModel) -> str:
    """The JSON text of ``model``: its settings, then one weight per line in feature order."""
    return dump_weights(model.model_dump(exclude={"weights"}), model.weights, made_by="`dateline learn-coref-model` (dateline/learn/coref_model.py)")
