"""CoNLL-2003 NER benchmark: spaCy's statistical NER alone, and with dateline's rule components.

Each CoNLL sentence is given to the pipeline already tokenized, so that spans line up with the gold
tags. Entities are mapped spaCy label -> dateline type (``entity_types.yaml``) -> CoNLL type
(PERSON -> PER, ORG -> ORG, GPE/LOC -> LOC, NORP/EVENT/WORK/OTHER -> MISC) and scored by exact span
and type (micro P/R/F1, as conlleval does).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

from dateline.errors import InputError
from dateline.nlp import load_pipeline
from dateline.stages.entities.lexicon import entity_types

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["CONLL_TYPES", "conll_spans", "read_conll", "run_ner", "score_spans"]

#: dateline entity type -> CoNLL-2003 type.
CONLL_TYPES = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK": "MISC",
    "OTHER": "MISC",
}
_DATELINE_PIPES = ("dateline_entity_ruler", "dateline_entity_context")

Sentence = tuple[list[str], list[str]]
Spans = set[tuple[int, int, int, str]]


def read_conll(path: Path) -> list[Sentence]:
    """The sentences of a CoNLL-2003 file as (tokens, IOB2 tags), document markers left out."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(f"cannot read the CoNLL file: {error}", input=str(path)) from error
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for number, line in enumerate([*lines, ""], start=1):
        if not line.strip() or line.startswith("-DOCSTART-"):
            if tokens:
                sentences.append((tokens, tags))
            tokens, tags = [], []
            continue
        fields = line.split()
        if len(fields) < 2:
            raise InputError("expected 'token ... tag'", input=str(path), location=f"line {number}")
        tokens.append(fields[0])
        tags.append(fields[-1])
    return sentences


def conll_spans(tags: list[str], *, sentence: int) -> Spans:
    """Entity spans (sentence, start, end, type) of one sentence's IOB2 tags."""
    spans: Spans = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if kind and (tag == "O" or tag.startswith("B-") or tag[2:] != kind):
            spans.add((sentence, start, i, kind))
            kind = ""
        if tag.startswith("B-") or (tag.startswith("I-") and not kind):
            start, kind = i, tag[2:]
    return spans


def score_spans(gold: Spans, predicted: Spans) -> dict[str, Any]:
    """Micro precision, recall and F1 (percent), overall and per type."""
    results: dict[str, Any] = {"overall": _prf(len(gold & predicted), len(predicted), len(gold))}
    for kind in sorted({span[3] for span in gold}):
        g = {span for span in gold if span[3] == kind}
        p = {span for span in predicted if span[3] == kind}
        results[kind] = _prf(len(g & p), len(p), len(g))
    return results


def run_ner(path: Path, *, nlp: Language | None = None, limit: int | None = None) -> dict[str, Any]:
    """Score spaCy's NER on CoNLL file ``path`` without and with dateline's rule components.

    ``limit`` keeps the first sentences only (for quick runs).
    """
    sentences = read_conll(path)[:limit] if limit else read_conll(path)
    nlp = nlp or load_pipeline()
    gold: Spans = set()
    for number, (_, tags) in enumerate(sentences):
        gold |= conll_spans(tags, sentence=number)
    rules = [nlp.get_pipe(name) for name in _DATELINE_PIPES if name in nlp.pipe_names]
    base: Spans = set()
    ruled: Spans = set()
    changed: Counter[str] = Counter()
    with nlp.select_pipes(disable=[name for name in _DATELINE_PIPES if name in nlp.pipe_names]):
        docs = nlp.pipe((Doc(nlp.vocab, words=tokens) for tokens, _ in sentences), batch_size=256)
        for number, doc in enumerate(docs):
            before = _doc_spans(doc, number)
            for rule in rules:
                doc = rule(doc)
            after = _doc_spans(doc, number)
            base |= before
            ruled |= after
            for span in after - before:
                changed[span[3]] += 1
    return {
        "file": path.name,
        "sentences": len(sentences),
        "entities": len(gold),
        "spacy": score_spans(gold, base),
        "dateline": score_spans(gold, ruled),
        "spans_added_by_rules": dict(sorted(changed.items())),
    }


def _doc_spans(doc: Doc, sentence: int) -> Spans:
    labels = entity_types().labels
    spans: Spans = set()
    for ent in doc.ents:
        kind = labels.get(ent.label_)
        if kind is not None:
            spans.add((sentence, ent.start, ent.end, CONLL_TYPES[kind]))
    return spans


def _prf(correct: int, predicted: int, gold: int) -> dict[str, float]:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    figures = {"precision": precision, "recall": recall, "f1": f1}
    return {name: round(100 * value, 2) for name, value in figures.items()}
