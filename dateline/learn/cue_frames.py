"""Cue frames learned from PolNeAR-style gold: which verbs attribute, and through which dependent.

A frame is a verb lemma and the dependency relation that carries its content: ``ccomp``, ``xcomp``,
``dobj`` or ``prep:<preposition>`` ("talk about", "call for"). Counting over a gold corpus how often
a verb with such a dependent is annotated as a cue with that dependent as its content gives each
frame a precision; frames above a threshold are written to ``dateline/data/cue_frames.yaml``, which
the attribution stage reads for verbs the hand lexicon (``attribution.yaml``) does not list.

The counts are deterministic: the same gold file and spaCy model give the same file.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from dateline.lexicons import load_lexicon
from dateline.stages.cue_options import frame_relations

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "CueFrame",
    "CueFrames",
    "count_frames",
    "cue_frames",
    "dump_cue_frames",
    "frame_relations",
    "learn_cue_frames",
    "parse_gold",
]

class CueFrame(BaseModel):
    """A verb lemma and the relation of the dependent that is its content."""

    lemma: str
    relation: str
    precision: float = Field(ge=0, le=1)
    support: int = Field(ge=1, description="How often the frame was seen in the training data.")


class CueFrames(BaseModel):
    """``cue_frames.yaml``: the learned frames and what they were learned from."""

    trained_on: str
    min_support: int
    min_precision: float
    frames: list[CueFrame] = Field(default_factory=list)

    def by_lemma(self) -> dict[str, list[CueFrame]]:
        """Frames grouped by lemma, the most precise first."""
        grouped: dict[str, list[CueFrame]] = {}
        for frame in sorted(self.frames, key=lambda f: -f.precision):
            grouped.setdefault(frame.lemma, []).append(frame)
        return grouped


def cue_frames() -> CueFrames:
    """The shipped cue frames (cached per process)."""
    return load_lexicon("cue_frames.yaml", CueFrames)


def _gold_marks(record: dict[str, Any]) -> tuple[list[tuple[int, int]], dict[int, list[tuple[int, int]]]]:
    cues: list[tuple[int, int]] = []
    contents: dict[int, list[tuple[int, int]]] = {}
    for attribution in record["attributions"]:
        for span in attribution["cue"]:
            cues.append((span["start"], span["end"]))
            contents[len(cues) - 1] = [(s["start"], s["end"]) for s in attribution["content"]]
    return cues, contents


def count_frames(records: Iterable[dict[str, Any]], docs: Iterable[Doc]) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """How often each frame occurs, and how often it is a gold cue whose content holds the dependent."""
    seen: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    for record, doc in zip(records, docs, strict=True):
        cues, contents = _gold_marks(record)
        for verb in doc:
            if verb.pos_ != "VERB":
                continue
            cue = next((n for n, (start, end) in enumerate(cues) if start <= verb.idx < end), None)
            for relation, head in frame_relations(verb):
                key = (verb.lemma_.lower(), relation)
                seen[key] += 1
                if cue is not None and any(start <= head.idx < end for start, end in contents[cue]):
                    right[key] += 1
    return seen, right


def parse_gold(path: Path, *, nlp: Language, limit: int | None = None) -> tuple[list[dict[str, Any]], dict[str, Doc]]:
    """The records of the gold file ``path`` (PolNeAR JSONL) and a parse of each distinct text."""
    from dateline.bench.attribution import read_records

    records = read_records(path, limit=limit)
    texts = list(dict.fromkeys(record["text"] for record in records))
    return records, dict(zip(texts, nlp.pipe(texts, batch_size=8), strict=True))


def learn_cue_frames(
    path: Path,
    *,
    nlp: Language,
    min_support: int = 4,
    min_precision: float = 0.5,
    limit: int | None = None,
) -> CueFrames:
    """Learn cue frames from the gold file ``path`` (PolNeAR JSONL; one parse per distinct text)."""
    records, parsed = parse_gold(path, nlp=nlp, limit=limit)
    seen, right = count_frames(records, (parsed[record["text"]] for record in records))
    frames = [
        CueFrame(lemma=lemma, relation=relation, precision=round(right[key] / count, 3), support=count)
        for key, count in sorted(seen.items())
        for lemma, relation in [key]
        if count >= min_support and right[key] / count >= min_precision
    ]
    return CueFrames(
        trained_on=f"{path.name}: {len(records)} annotations of {len(parsed)} articles",
        min_support=min_support,
        min_precision=min_precision,
        frames=frames,
    )


def dump_cue_frames(frames: CueFrames) -> str:
    """The YAML text of ``frames``: a header saying how it was made, then one frame per line."""
    lines = [
        "# Learned by `dateline learn-cue-frames` (dateline/learn/cue_frames.py); do not edit by hand.",
        "# Each frame: a verb lemma, the dependency relation of its content, and how often",
        "# (precision) a verb with that dependent was a gold cue with that content.",
        f"trained_on: {json.dumps(frames.trained_on)}",
        f"min_support: {frames.min_support}",
        f"min_precision: {frames.min_precision}",
        "frames:",
    ]
    for frame in frames.frames:
        lines.append(
            f"  - {{lemma: {json.dumps(frame.lemma)}, relation: {json.dumps(frame.relation)}, "
            f"precision: {frame.precision}, support: {frame.support}}}"
        )
    return "\n".join(lines) + "\n"
