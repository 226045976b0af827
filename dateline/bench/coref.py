"""GAP benchmark of the pronoun resolver (Webster et al. 2018, snippet-context).

For each GAP example the entities stage runs on the paragraph, exactly as on an article; the entity
that took the pronoun is then compared with the two candidate names. The figures are the GAP
scorer's: precision, recall and F1 over the A-coref and B-coref decisions, for masculine and
feminine pronouns and overall, and the bias F1(feminine) / F1(masculine).

GAP gives each row's two candidate names with their offsets, and that is the task as its paper sets
it: with ``candidates="given"`` (the default) the two spans are made PERSON mentions before the
stage runs, replacing whatever the NER tagged there. With ``candidates="found"`` the stage relies on
its own mention detection, as on an article, and misses the names the NER misses or mistypes.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from spacy.util import filter_spans

from dateline.errors import InputError
from dateline.model import Entity
from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Candidates", "GapExample", "GapPrediction", "gap_scores", "mark_candidates", "predict_gap", "read_gap", "run_gap"]

Candidates = Literal["given", "found"]

_MASCULINE = {"he", "his", "him", "himself"}
_FEMININE = {"she", "her", "hers", "herself"}
_COLUMNS = ["ID", "Text", "Pronoun", "Pronoun-offset", "A", "A-offset", "A-coref", "B", "B-offset", "B-coref"]


@dataclass(frozen=True)
class GapExample:
    """One GAP row: a paragraph, a pronoun and two candidate names, with the gold decisions."""

    id: str
    text: str
    pronoun: str
    pronoun_offset: int
    a: str
    a_offset: int
    a_coref: bool
    b: str
    b_offset: int
    b_coref: bool

    @property
    def gender(self) -> str:
        """ "masculine" or "feminine", from the pronoun."""
        return "feminine" if self.pronoun.lower() in _FEMININE else "masculine"


@dataclass(frozen=True)
class GapPrediction:
    """The resolver's two decisions for one example."""

    id: str
    a_coref: bool
    b_coref: bool


def read_gap(path: Path) -> list[GapExample]:
    """The examples of a GAP TSV file (with its header row)."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    except OSError as error:
        raise InputError(f"cannot read the GAP file: {error}", input=str(path)) from error
    if rows and any(column not in rows[0] for column in _COLUMNS):
        columns = ", ".join(_COLUMNS)
        raise InputError(f"not a GAP file: the header needs the columns {columns}", input=str(path))
    try:
        return [
            GapExample(
                id=row["ID"],
                text=row["Text"],
                pronoun=row["Pronoun"],
                pronoun_offset=int(row["Pronoun-offset"]),
                a=row["A"],
                a_offset=int(row["A-offset"]),
                a_coref=row["A-coref"].upper() == "TRUE",
                b=row["B"],
                b_offset=int(row["B-offset"]),
                b_coref=row["B-coref"].upper() == "TRUE",
            )
            for row in rows
        ]
    except (TypeError, ValueError) as error:
        raise InputError(f"bad GAP row: {error}", input=str(path)) from error


def mark_candidates(example: GapExample, doc: Doc) -> Doc:
    """Make the example's two candidate names PERSON entities of ``doc``, over what the NER tagged there."""
    spans = [
        span
        for name, offset in ((example.a, example.a_offset), (example.b, example.b_offset))
        if (span := doc.char_span(offset, offset + len(name), label="PERSON", alignment_mode="expand"))
        is not None
    ]
    others = [ent for ent in doc.ents if not any(ent.start < span.end and span.start < ent.end for span in spans)]
    doc.ents = filter_spans([*others, *spans])
    return doc


def predict_gap(example: GapExample, doc: Doc, *, candidates: Candidates = "given") -> GapPrediction:
    """Run the entities stage on the parsed paragraph and read off the pronoun's entity."""
    if candidates == "given":
        doc = mark_candidates(example, doc)
    entity = _pronoun_entity(find_entities(doc), example.pronoun_offset)
    if entity is None:
        return GapPrediction(example.id, False, False)
    return GapPrediction(
        example.id,
        _mentions(entity, example.a_offset, example.a_offset + len(example.a)),
        _mentions(entity, example.b_offset, example.b_offset + len(example.b)),
    )


def gap_scores(examples: Iterable[GapExample], predictions: Iterable[GapPrediction]) -> dict[str, Any]:
    """GAP's figures, in percent: P, R and F1 for masculine, feminine and overall, and the bias F/M."""
    counts = {group: [0, 0, 0] for group in ("masculine", "feminine", "overall")}  # tp, fp, fn
    predicted = {prediction.id: prediction for prediction in predictions}
    for example in examples:
        prediction = predicted.get(example.id, GapPrediction(example.id, False, False))
        for gold, guess in ((example.a_coref, prediction.a_coref), (example.b_coref, prediction.b_coref)):
            for group in (example.gender, "overall"):
                counts[group][0] += gold and guess
                counts[group][1] += guess and not gold
                counts[group][2] += gold and not guess
    results: dict[str, Any] = {group: _prf(*values) for group, values in counts.items()}
    masculine = results["masculine"]["f1"]
    results["bias"] = round(results["feminine"]["f1"] / masculine, 3) if masculine else None
    return results


def run_gap(
    path: Path,
    *,
    nlp: Language | None = None,
    predictions: Path | None = None,
    limit: int | None = None,
    candidates: Candidates = "given",
) -> dict[str, Any]:
    """Score the resolver on GAP file ``path``; optionally write the GAP submission TSV to ``predictions``.

    ``limit`` keeps the first examples only (for quick runs); ``candidates`` says whether the row's
    two names are given to the stage as mentions or left to its own mention detection.
    """
    examples = read_gap(path)[:limit] if limit else read_gap(path)
    nlp = nlp or load_pipeline()
    guesses = list(_predict_all(examples, nlp, candidates))
    if predictions is not None:
        predictions.parent.mkdir(parents=True, exist_ok=True)
        predictions.write_text(
            "".join(f"{p.id}\t{p.a_coref}\t{p.b_coref}\n" for p in guesses), encoding="utf-8"
        )
    results = {
        "file": path.name,
        "examples": len(examples),
        "candidates": candidates,
        **gap_scores(examples, guesses),
    }
    return results


def _predict_all(examples: list[GapExample], nlp: Language, candidates: Candidates) -> Iterator[GapPrediction]:
    docs = nlp.pipe((example.text for example in examples), batch_size=64)
    for example, doc in zip(examples, docs, strict=True):
        yield predict_gap(example, doc, candidates=candidates)


def _pronoun_entity(entities: list[Entity], offset: int) -> Entity | None:
    for entity in entities:
        if any(mention.kind == "pronoun" and mention.start == offset for mention in entity.mentions):
            return entity
    return None


def _mentions(entity: Entity, start: int, end: int) -> bool:
    return any(m.kind == "name" and m.start < end and start < m.end for m in entity.mentions)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    figures = {"precision": precision, "recall": recall, "f1": f1}
    return {name: round(100 * value, 1) for name, value in figures.items()}
