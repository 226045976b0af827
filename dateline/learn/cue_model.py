"""The learned cue model: which word attributes, and through which dependent, beyond the hand lexicon.

PolNeAR counts as attribution not only speech but beliefs, wishes, plans, support and judgement
("wants to", "called for", "support for", "seemed to", "were frustrated that"). The model is a
logistic regression over cue options (dateline/stages/cue_options.py): a word and the dependent
that may be its content, described by sparse features of the parse (lemma, relation, tense,
subject, the content's first word ...), and optionally by dense contextual features: the token
vectors that the spaCy pipeline's ``tok2vec`` wrote for the word, its subject, the content head and
the sentence (cue_options.option_context; the shipped model does without them, see "The learned
parts" in docs/attribution.md). An option is a positive example when the attribution it
builds matches a gold one (see :func:`gold_options`), so that the model learns where the whole
attribution comes out right, not only its cue.

Training is full-batch gradient descent (Adam, L2) in numpy, from zero weights and in a fixed
order, so the same gold file and spaCy model give the same weights. The weights are rounded and
small ones dropped, and written as JSON to ``dateline/data/cue_model.json``.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from dateline.bench.scoring import Tokens
from dateline.errors import PipelineError
from dateline.learn.cue_frames import parse_gold
from dateline.learn.weights_json import dump_weights
from dateline.lexicons import load_lexicon
from dateline.stages.attribution_candidate import Candidate
from dateline.stages.attribution_learned import option_candidate
from dateline.stages.attribution_rules import AttributionLexicon, attribution_lexicon
from dateline.stages.cue_options import CONTEXT_PARTS, content_options, option_context, option_features
from dateline.stages.quotes import find_quotations
from dateline.stages.spans import quotation_at

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "CueModel",
    "LearnedWeights",
    "OptionExample",
    "cue_model",
    "dump_cue_model",
    "gold_options",
    "learn_cue_model",
    "train_weights",
]


class CueModel(BaseModel):
    """``cue_model.json``: feature weights of the cue-option classifier and how they were learned."""

    trained_on: str
    threshold: float = Field(ge=0, le=1, description="Least probability at which the stage takes an option.")
    l2: float
    iterations: int
    min_count: int
    context: list[str] = Field(
        default_factory=list, description="The contextual vectors read (cue_options.CONTEXT_PARTS); none: sparse only."
    )
    context_weights: list[float] = Field(
        default_factory=list, description="One weight per number of the option's contextual vectors, in order."
    )
    weights: dict[str, float]

    @functools.cached_property
    def _context(self) -> np.ndarray:
        return np.asarray(self.context_weights, dtype=np.float32)

    @property
    def contextual(self) -> bool:
        """Whether the model reads the options' contextual vectors."""
        return bool(self.context_weights)

    def probability(self, features: Iterable[str], *, context: np.ndarray | None = None) -> float:
        """The probability that an option with these features (and ``context``, its contextual vectors
        from cue_options.option_context, which a contextual model requires) is a cue with its content."""
        score = sum(map(self.weights.get, features, repeat(0.0)))  # the generator's sum, a third faster
        if self.contextual:
            if context is None or context.shape != self._context.shape:
                raise PipelineError(
                    f"the cue model reads {self._context.shape[0]} contextual numbers per option, got "
                    f"{'none' if context is None else context.shape[0]}: parse with the pipeline it was trained with"
                )
            score += float(context @ self._context)
        return 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))


def cue_model() -> CueModel:
    """The shipped cue model (cached per process)."""
    return load_lexicon("cue_model.json", CueModel)


class OptionExample(BaseModel):
    """One cue option of a training document, with its features, contextual vectors and gold label."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    features: list[str]
    label: bool
    context: np.ndarray | None = None


@dataclass(frozen=True)
class LearnedWeights:
    """What training learns: a weight per sparse feature, and one per contextual number (or none)."""

    features: dict[str, float]
    context: list[float]


@dataclass(frozen=True)
class _Gold:
    """One gold attribution as sets of word tokens (dateline.bench.scoring.Tokens) per role."""

    cue: frozenset[int]
    source: frozenset[int]
    content: frozenset[int]


def _token_set(tokens: Tokens, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    found: set[int] = set()
    for start, end in spans:
        found |= tokens.of(start, end)
    return frozenset(found)


def _agree(first: frozenset[int], second: frozenset[int]) -> bool:
    """The benchmark's agreement: each shares at least half of the larger one (or both are empty)."""
    if not first or not second:
        return not first and not second
    return 2 * len(first & second) >= max(len(first), len(second))


def _spans(spans: list[dict[str, Any]]) -> list[tuple[int, int]]:
    return [(span["start"], span["end"]) for span in spans]


def _matches(candidate: Candidate, golds: list[_Gold], tokens: Tokens) -> bool:
    cue = _token_set(tokens, [candidate.cue])
    source = _token_set(tokens, [candidate.source] if candidate.source else [])
    content = _token_set(tokens, candidate.content)
    return any(cue & g.cue and _agree(source, g.source) and _agree(content, g.content) for g in golds)


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def gold_options(
    record: dict[str, Any], doc: Doc, *, lexicon: AttributionLexicon, contextual: bool = False
) -> list[OptionExample]:
    """Every cue option of ``doc`` outside gold contents and quotations, labelled against ``record``
    (with its contextual vectors when ``contextual``).

    An option is positive when the candidate it builds (attribution_learned.option_candidate)
    matches a gold attribution as the benchmark's relation score counts it: its cue overlaps the
    gold cue, and its source and content each share at least half of the gold ones' words. A word
    inside a gold content or a quotation is no example either way: PolNeAR leaves nested
    attributions unannotated, and the stage does not ask the model about quoted words.
    """
    text = doc.text
    tokens = Tokens(text)
    golds = [
        _Gold(
            cue=_token_set(tokens, _spans(a["cue"])),
            source=_token_set(tokens, _spans(a["source"])),
            content=_token_set(tokens, _spans(a["content"])),
        )
        for a in record["attributions"]
    ]
    cues = [span for a in record["attributions"] for span in _spans(a["cue"])]
    contents = [span for a in record["attributions"] for span in _spans(a["content"])]
    quotations = find_quotations(text)
    examples: list[OptionExample] = []
    for token in doc:
        in_cue = _inside(token.idx, cues)
        if not in_cue and (quotation_at(quotations, token) is not None or _inside(token.idx, contents)):
            continue
        for relation, head in content_options(token):
            features = option_features(token, relation, head, quoted=quotation_at(quotations, head) is not None)
            candidate = (
                option_candidate(doc, token, relation, head, quotations, lexicon=lexicon, text=text) if in_cue else None
            )
            label = candidate is not None and _matches(candidate, golds, tokens)
            context = option_context(token, head) if contextual else None
            examples.append(OptionExample(features=features, label=label, context=context))
    return examples


def _adam(step: int, moments: tuple[np.ndarray, np.ndarray], gradient: np.ndarray, rate: float) -> np.ndarray:
    """One Adam update of the moments (in place), and the step to subtract from the weights."""
    first, second = moments
    first *= 0.9
    first += 0.1 * gradient
    second *= 0.999
    second += 0.001 * gradient * gradient
    return rate * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)


def train_weights(
    examples: list[OptionExample], *, l2: float, iterations: int, min_count: int, learning_rate: float = 0.1
) -> LearnedWeights:
    """Logistic-regression weights of the features seen at least ``min_count`` times, and of the
    contextual vectors when the examples have them (all or none must)."""
    counts = Counter(feature for example in examples for feature in example.features)
    names = sorted(feature for feature, count in counts.items() if count >= min_count)
    index = {name: number for number, name in enumerate(names)}
    columns: list[int] = []
    bounds = [0]
    for example in examples:
        columns.extend(index[f] for f in example.features if f in index)
        bounds.append(len(columns))
    cols = np.array(columns, dtype=np.int64)
    starts = np.array(bounds[:-1], dtype=np.int64)
    rows = np.repeat(np.arange(len(examples)), np.diff(np.array(bounds)))
    labels = np.array([example.label for example in examples], dtype=np.float64)
    dense = _context_matrix(examples)
    weights = np.zeros(len(names))
    context = np.zeros(dense.shape[1])
    moments = (np.zeros(len(names)), np.zeros(len(names)))
    context_moments = (np.zeros(dense.shape[1]), np.zeros(dense.shape[1]))
    for step in range(1, iterations + 1):
        scores = np.add.reduceat(weights[cols], starts) + dense @ context
        error = 1.0 / (1.0 + np.exp(-scores)) - labels
        gradient = np.bincount(cols, weights=error[rows], minlength=len(names)) / len(examples) + l2 * weights
        weights -= _adam(step, moments, gradient, learning_rate)
        context -= _adam(step, context_moments, dense.T @ error / len(examples) + l2 * context, learning_rate)
    return LearnedWeights(
        features={name: round(float(w), 4) for name, w in zip(names, weights, strict=True) if abs(w) >= 0.005},
        context=[round(float(w), 4) for w in context],
    )


def _context_matrix(examples: list[OptionExample]) -> np.ndarray:
    """The examples' contextual vectors as rows (no columns when they have none)."""
    vectors = [example.context for example in examples if example.context is not None]
    if not vectors:
        return np.zeros((len(examples), 0))
    if len(vectors) != len(examples):
        raise ValueError("either every training example has contextual vectors or none has")
    return np.vstack(vectors).astype(np.float64)


def learn_cue_model(
    path: Path,
    *,
    nlp: Language,
    threshold: float,
    l2: float = 3e-5,
    iterations: int = 300,
    min_count: int = 4,
    contextual: bool = False,
    limit: int | None = None,
) -> CueModel:
    """Learn the cue model from the gold file ``path`` (PolNeAR JSONL; one parse per distinct text),
    with weights for the options' contextual vectors when ``contextual``."""
    records, parsed = parse_gold(path, nlp=nlp, limit=limit)
    lexicon = attribution_lexicon()
    examples = [
        example
        for record in records
        for example in gold_options(record, parsed[record["text"]], lexicon=lexicon, contextual=contextual)
    ]
    learned = train_weights(examples, l2=l2, iterations=iterations, min_count=min_count)
    return CueModel(
        trained_on=f"{path.name}: {len(records)} annotations of {len(parsed)} articles, {len(examples)} options",
        threshold=threshold,
        l2=l2,
        iterations=iterations,
        min_count=min_count,
        context=list(CONTEXT_PARTS) if contextual else [],
        context_weights=learned.context,
        weights=learned.features,
    )


def dump_cue_model(model: CueModel) -> str:
    """The JSON text of ``model``: its settings (the contextual weights on one line), then one weight per
    line in feature order."""
    return dump_weights(model.model_dump(exclude={"weights"}), model.weights, made_by="`dateline learn-cue-model` (dateline/learn/cue_model.py)")
