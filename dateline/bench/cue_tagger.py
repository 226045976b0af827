"""The cue tagger benchmark: a trained tagger's cues against gold, beside the attribution stage's.

The gold file is PolNeAR-style JSONL (see dateline.bench.attribution). The tagger is a spaCy
pipeline whose entities are cues (``dateline learn-cue-tagger``). Scored, with the attribution
benchmark's exact and token-overlap counts for the cue role: the tagger alone, the stage alone, and
their union (the stage's cues plus the tagger's cues that overlap none of them); and how many gold
cues the stage misses that the tagger finds.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.bench.attribution import predict_records, read_records, score_records

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["benchmark_cue_tagger", "missed_found", "tagged_records", "union_records"]

Record = dict[str, Any]
Span = tuple[int, int]


def _cue_attributions(spans: list[tuple[int, int, str]]) -> list[dict[str, Any]]:
    return [
        {"id": f"T{n}", "type": "Attribution-no-source", "source": [], "content": [],
         "cue": [{"start": start, "end": end, "text": text}]}
        for n, (start, end, text) in enumerate(spans, start=1)
    ]


def tagged_records(records: list[Record], *, tagger: Language) -> list[Record]:
    """Each record with its attributions replaced by one cue-only attribution per tagger entity."""
    docs = tagger.pipe([record["text"] for record in records], batch_size=8)
    return [
        {**record, "attributions": _cue_attributions([(e.start_char, e.end_char, e.text) for e in doc.ents])}
        for record, doc in zip(records, docs, strict=True)
    ]


def _cues(record: Record) -> list[Span]:
    return [(span["start"], span["end"]) for attribution in record["attributions"] for span in attribution["cue"]]


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def union_records(stage: list[Record], tagged: list[Record]) -> list[Record]:
    """The stage's attributions plus the tagged cues that overlap none of the stage's cues."""
    union = []
    for ours, theirs in zip(stage, tagged, strict=True):
        cues = _cues(ours)
        extra = [a for a in theirs["attributions"] if not _overlaps(_cues({"attributions": [a]})[0], cues)]
        union.append({**ours, "attributions": ours["attributions"] + extra})
    return union


def missed_found(gold: list[Record], stage: list[Record], tagged: list[Record]) -> dict[str, int]:
    """Gold cues the stage misses (no exact span; no overlapping cue at all), and how many of
    each the tagger finds (the exact span; an overlapping cue)."""
    counts = {"stage_missed": 0, "tagger_finds_exact": 0, "stage_none_overlapping": 0, "tagger_finds_overlapping": 0}
    for truth, ours, theirs in zip(gold, stage, tagged, strict=True):
        cues, found = _cues(ours), _cues(theirs)
        for span in set(_cues(truth)) - set(cues):
            counts["stage_missed"] += 1
            counts["tagger_finds_exact"] += span in found
            if not _overlaps(span, cues):
                counts["stage_none_overlapping"] += 1
                counts["tagger_finds_overlapping"] += _overlaps(span, found)
    return counts


def _cue_scores(gold: list[Record], predicted: list[Record]) -> dict[str, Any]:
    scores = score_records(gold, predicted)
    return {"exact": scores["exact"]["cue"], "overlap": scores["overlap"]["cue"]}


def benchmark_cue_tagger(path: Path, *, tagger: Path, nlp: Language | None = None, limit: int | None = None) -> dict[str, Any]:
    """Score the cue tagger at ``tagger`` (a spaCy pipeline folder), the attribution stage and their
    union on the gold file ``path``."""
    import spacy

    from dateline.nlp import load_pipeline

    gold = read_records(path, limit=limit)
    stage = list(predict_records(gold, nlp=nlp or load_pipeline()))
    model = spacy.load(tagger)
    began = time.perf_counter()
    tagged = tagged_records(gold, tagger=model)
    elapsed = time.perf_counter() - began
    return {
        "documents": len(gold),
        "tagger": _cue_scores(gold, tagged),
        "stage": _cue_scores(gold, stage),
        "union": _cue_scores(gold, union_records(stage, tagged)),
        "gold_cues": missed_found(gold, stage, tagged),
        "data": str(path),
        "tagger_path": str(tagger),
        "tagger_ms_per_document": round(1000 * elapsed / max(len(gold), 1), 2),
    }
