"""The attribution benchmark: source, cue and content spans against PolNeAR-style gold.

The input is JSONL, one record per annotated article: ``{doc_id, text, attributions: [{id, type,
source: [span], cue: [span], content: [span]}]}`` with spans ``{start, end, text}`` (the format of
PolNeAR's ``train.jsonl`` and ``dev.jsonl``). Scores:

- per role (source, cue, content): precision, recall and F1 of exact spans, and of word tokens
  (a predicted token is right when a gold span of the same role covers it);
- relation level: a predicted attribution is right when its cue shares a token with the gold cue
  and its source and content each share at least half the tokens of the gold ones and of its own
  (no source on either side also counts as agreement); attributions are matched one to one.

PolNeAR does not annotate nested attributions, so only top-level ones are scored: no ``parent``, and
no cue inside a quotation (whose own attribution may have been missed).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.bench.scoring import Counts, Tokens
from dateline.errors import InputError
from dateline.model import Attribution
from dateline.stages.attribution import find_attributions
from dateline.stages.entities import find_entities
from dateline.stages.quotes import Quotation, find_quotations

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["ROLES", "as_record", "benchmark_attribution", "predict_records", "read_records", "score_records"]

ROLES = ("source", "cue", "content")
Record = dict[str, Any]


def read_records(path: Path, *, limit: int | None = None) -> list[Record]:
    """The records of a PolNeAR-style JSONL file (the first ``limit`` when given)."""
    records: list[Record] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}", input=str(path)) from error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            record["text"], record["attributions"]
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise InputError(f"not a gold attribution record ({error})", input=str(path), location=f"line {number}") from error
        records.append(record)
        if limit is not None and len(records) >= limit:
            break
    return records


def _spans(spans: Iterable[Any]) -> list[dict[str, Any]]:
    return [{"start": s.start, "end": s.end, "text": s.text} for s in spans]


def as_record(attribution: Attribution) -> dict[str, Any]:
    """An attribution in PolNeAR's JSON shape."""
    source = attribution.source
    return {
        "id": attribution.id,
        "type": "Attribution" if source is not None else "Attribution-no-source",
        "source": _spans([source] if source is not None else []),
        "cue": _spans([attribution.cue] if attribution.cue is not None else []),
        "content": _spans(attribution.content),
    }


def _top_level(attribution: Attribution, quotations: list[Quotation]) -> bool:
    """Whether PolNeAR would annotate it: not nested, not even inside a quotation left unattributed."""
    cue = attribution.cue
    if attribution.parent is not None or cue is None:
        return attribution.parent is None
    return not any(quotation.covers(cue.start, cue.end) for quotation in quotations)


def predict_records(records: list[Record], *, nlp: Language, timings: dict[str, float] | None = None) -> Iterator[Record]:
    """Each record with its gold attributions replaced by dateline's top-level ones."""
    parsed: dict[str, list[dict[str, Any]]] = {}
    texts = list(dict.fromkeys(record["text"] for record in records))
    for doc in nlp.pipe(texts, batch_size=8):
        began = time.perf_counter()
        attributions = find_attributions(doc, entities=find_entities(doc))
        if timings is not None:
            timings["attribution"] = timings.get("attribution", 0.0) + time.perf_counter() - began
        quotations = find_quotations(doc.text)
        parsed[doc.text] = [as_record(a) for a in attributions if _top_level(a, quotations)]
    for record in records:
        yield {**record, "attributions": parsed[record["text"]]}


def _role_spans(record: Record, role: str) -> set[tuple[int, int]]:
    return {(span["start"], span["end"]) for attribution in record["attributions"] for span in attribution[role]}


def _tokens(tokens: Tokens, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    found: set[int] = set()
    for start, end in spans:
        found |= tokens.of(start, end)
    return frozenset(found)


def _agree(predicted: frozenset[int], gold: frozenset[int]) -> bool:
    if not predicted or not gold:
        return not predicted and not gold
    shared = len(predicted & gold)
    return 2 * shared >= max(len(predicted), len(gold))


def _relations(tokens: Tokens, record: Record) -> list[dict[str, frozenset[int]]]:
    return [
        {role: _tokens(tokens, ((s["start"], s["end"]) for s in attribution[role])) for role in ROLES}
        for attribution in record["attributions"]
    ]


def _relation_matches(predicted: list[dict[str, frozenset[int]]], gold: list[dict[str, frozenset[int]]]) -> int:
    used: set[int] = set()
    matched = 0
    for guess in predicted:
        for number, truth in enumerate(gold):
            if number in used or not guess["cue"] & truth["cue"]:
                continue
            if _agree(guess["source"], truth["source"]) and _agree(guess["content"], truth["content"]):
                used.add(number)
                matched += 1
                break
    return matched


def score_records(gold: list[Record], predicted: list[Record]) -> dict[str, Any]:
    """Per-role exact and token scores and the relation-level score of ``predicted`` against ``gold``."""
    exact = {role: Counts() for role in ROLES}
    overlap = {role: Counts() for role in ROLES}
    relations = Counts()
    for truth, guess in zip(gold, predicted, strict=True):
        tokens = Tokens(truth["text"])
        for role in ROLES:
            gold_spans, guessed_spans = _role_spans(truth, role), _role_spans(guess, role)
            hits = len(gold_spans & guessed_spans)
            exact[role].add(matched_predicted=hits, matched_gold=hits, predicted=len(guessed_spans), gold=len(gold_spans))
            gold_tokens, guessed_tokens = _tokens(tokens, gold_spans), _tokens(tokens, guessed_spans)
            shared = len(gold_tokens & guessed_tokens)
            overlap[role].add(
                matched_predicted=shared, matched_gold=shared, predicted=len(guessed_tokens), gold=len(gold_tokens)
            )
        hits = _relation_matches(_relations(tokens, guess), _relations(tokens, truth))
        relations.add(
            matched_predicted=hits,
            matched_gold=hits,
            predicted=len(guess["attributions"]),
            gold=len(truth["attributions"]),
        )
    return {
        "documents": len(gold),
        "relation": relations.scores(),
        "exact": {role: counts.scores() for role, counts in exact.items()},
        "overlap": {role: counts.scores() for role, counts in overlap.items()},
    }


def benchmark_attribution(
    path: Path,
    *,
    predictions: Path | None = None,
    limit: int | None = None,
    nlp: Language | None = None,
) -> dict[str, Any]:
    """Run the attribution stage on the gold file ``path`` and score it; optionally write predictions.

    ``predictions`` gets the input records (``doc_id``, ``text`` and the other fields kept) with
    dateline's attributions in place of the gold ones.
    """
    from dateline.nlp import load_pipeline

    gold = read_records(path, limit=limit)
    timings: dict[str, float] = {}
    began = time.perf_counter()
    predicted = list(predict_records(gold, nlp=nlp or load_pipeline(), timings=timings))
    elapsed = time.perf_counter() - began
    if predictions is not None:
        predictions.parent.mkdir(parents=True, exist_ok=True)
        with predictions.open("w", encoding="utf-8") as out:
            for record in predicted:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    results = score_records(gold, predicted)
    texts = len({record["text"] for record in gold})
    results["data"] = str(path)
    results["seconds"] = round(elapsed, 2)
    results["stage_ms_per_document"] = round(1000 * timings.get("attribution", 0.0) / max(texts, 1), 2)
    return results
