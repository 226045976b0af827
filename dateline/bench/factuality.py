"""The factuality benchmarks: event factuality scores and hedge cues.

``event-factuality`` (MEANTIME, UW, UDS-IH2): each record is a tokenised sentence with event
predicates scored from -3 (certainly not) to +3 (certainly so). :func:`dateline.stages.factuality.assess`
is asked about each predicate's token; its (polarity, certainty) becomes a score through
:data:`SCORES`. Reported per corpus: MAE and Pearson r, next to the constant baseline that always
answers the training split's median, and the macro-F1 over five classes (certain+, probable+,
possible, probable-, certain-) after mapping gold scores to classes by :func:`score_class`.

``szeged-uncertainty``: hedge cues (exact character spans, any type) and uncertain sentences
(at least one cue). There is no dev file, so the documents are split by a hash of their id
(:func:`is_dev_document`, 30% dev): tune on the rest, report on dev.
"""

from __future__ import annotations

import json
import statistics
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.bench.scoring import Counts
from dateline.errors import InputError
from dateline.model import Certainty, Polarity
from dateline.stages.factuality import assess, hedge_cues

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "CLASSES",
    "SCORES",
    "SZEGED_PARTS",
    "benchmark_event_factuality",
    "benchmark_factuality",
    "benchmark_hedges",
    "is_dev_document",
    "score_class",
]

#: The score a (polarity, certainty) reading stands for on the -3..+3 scale.
SCORES: dict[tuple[Polarity, Certainty], float] = {
    ("positive", "certain"): 3.0,
    ("positive", "probable"): 2.0,
    ("positive", "possible"): 1.0,
    ("negative", "possible"): -1.0,
    ("negative", "probable"): -2.0,
    ("negative", "certain"): -3.0,
}
CLASSES = ("certain+", "probable+", "possible", "probable-", "certain-")
EVENT_CORPORA = ("meantime", "uw", "uds-ih2")
#: The Szeged files scored, by the name they are reported under.
SZEGED_PARTS = {"wikipedia": "wikipedia-weasel.trainval.jsonl", "news": "news-factbank.trainval.jsonl"}


def score_class(score: float) -> str:
    """The class of a -3..+3 score: certain+ from 2.5, probable+ from 1.5, possible above -1.5 ..."""
    if score >= 2.5:
        return "certain+"
    if score >= 1.5:
        return "probable+"
    if score > -1.5:
        return "possible"
    if score > -2.5:
        return "probable-"
    return "certain-"


def _reading_class(polarity: Polarity, certainty: Certainty) -> str:
    if certainty == "possible":
        return "possible"
    return f"{certainty}{'+' if polarity == 'positive' else '-'}"


def is_dev_document(doc_id: str) -> bool:
    """Whether a Szeged document is in the 30% dev part (a fixed hash split by document id)."""
    return zlib.crc32(doc_id.encode("utf-8")) % 10 < 3


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, json.JSONDecodeError) as error:
        raise InputError(f"cannot read JSONL ({error})", input=str(path)) from error


def _pretokenised(records: list[dict[str, Any]], nlp: Language) -> Iterator[Doc]:
    from spacy.tokens import Doc

    docs = (Doc(nlp.vocab, words=record["text"].split(" ")) for record in records)
    yield from nlp.pipe(docs, batch_size=64)


def _pearson(first: list[float], second: list[float]) -> float | None:
    if len(first) < 2 or len(set(first)) < 2 or len(set(second)) < 2:
        return None
    return round(statistics.correlation(first, second), 4)


def _macro_f1(gold: list[str], predicted: list[str]) -> float:
    scores = []
    for label in CLASSES:
        if label not in gold and label not in predicted:
            continue
        hits = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        counts = Counts(matched_predicted=hits, matched_gold=hits, predicted=predicted.count(label), gold=gold.count(label))
        scores.append(float(counts.scores()["f1"]))
    return round(sum(scores) / len(scores), 2) if scores else 0.0


def _event_corpus(folder: Path, *, split: str, nlp: Language) -> dict[str, Any]:
    records = _read_jsonl(folder / f"{split}.jsonl")
    median = statistics.median(t["label"] for r in _read_jsonl(folder / "train.jsonl") for t in r["targets"])
    gold: list[float] = []
    predicted: list[float] = []
    predicted_classes: list[str] = []
    for record, doc in zip(records, _pretokenised(records, nlp), strict=True):
        for target in record["targets"]:
            reading = assess(doc[target["span1"][0]])
            gold.append(float(target["label"]))
            predicted.append(SCORES[(reading.polarity, reading.certainty)])
            predicted_classes.append(_reading_class(reading.polarity, reading.certainty))
    gold_classes = [score_class(score) for score in gold]
    return {
        "events": len(gold),
        "mae": round(statistics.fmean(abs(g - p) for g, p in zip(gold, predicted, strict=True)), 4),
        "pearson_r": _pearson(predicted, gold),
        "macro_f1": _macro_f1(gold_classes, predicted_classes),
        "baseline_median": median,
        "baseline_mae": round(statistics.fmean(abs(g - median) for g in gold), 4),
        "baseline_macro_f1": _macro_f1(gold_classes, [score_class(median)] * len(gold)),
    }


def benchmark_event_factuality(folder: Path, *, split: str = "dev", nlp: Language) -> dict[str, Any]:
    """Score :func:`assess` on the event-factuality corpora under ``folder`` (one sub-folder each)."""
    results: dict[str, Any] = {"data": str(folder), "split": split}
    for corpus in EVENT_CORPORA:
        if (folder / corpus / f"{split}.jsonl").is_file():
            results[corpus] = _event_corpus(folder / corpus, split=split, nlp=nlp)
    if len(results) == 2:
        raise InputError(f"no {{meantime,uw,uds-ih2}}/{split}.jsonl here", input=str(folder))
    return results


def benchmark_hedges(path: Path, *, dev: bool = True, nlp: Language) -> dict[str, Any]:
    """Hedge-cue P/R/F1 (exact spans) and uncertain-sentence F1 on a Szeged uncertainty JSONL file."""
    records = [r for r in _read_jsonl(path) if is_dev_document(r["doc_id"]) == dev]
    cues = Counts()
    sentences = Counts()
    for record, doc in zip(records, nlp.pipe((r["text"] for r in records), batch_size=64), strict=True):
        gold = {(cue["start"], cue["end"]) for cue in record["cues"]}
        found = {(token.idx, token.idx + len(token.text)) for token, _ in hedge_cues(doc)}
        hits = len(gold & found)
        cues.add(matched_predicted=hits, matched_gold=hits, predicted=len(found), gold=len(gold))
        uncertain, flagged = bool(record["uncertain"]), bool(found)
        both = int(uncertain and flagged)
        sentences.add(matched_predicted=both, matched_gold=both, predicted=int(flagged), gold=int(uncertain))
    return {
        "data": str(path),
        "part": "dev (30% of documents by id hash)" if dev else "train (70% of documents by id hash)",
        "sentences": len(records),
        "cues": cues.scores(),
        "uncertain_sentences": sentences.scores(),
    }


def benchmark_factuality(
    *, events: Path | None = None, szeged: Path | None = None, split: str = "dev", nlp: Language
) -> dict[str, Any]:
    """Both factuality benchmarks: event factuality under ``events``, hedge cues under ``szeged``.

    ``split`` picks the event-factuality file (dev or train); for Szeged, dev is the 30% hash part
    and anything else the 70% rest.
    """
    results: dict[str, Any] = {}
    if events is not None:
        results["events"] = benchmark_event_factuality(events, split=split, nlp=nlp)
    if szeged is not None:
        for part, name in SZEGED_PARTS.items():
            if (szeged / name).is_file():
                results[f"hedges_{part}"] = benchmark_hedges(szeged / name, dev=split == "dev", nlp=nlp)
    return results
