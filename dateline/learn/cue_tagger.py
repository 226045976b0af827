"""A trained cue tagger: spaCy's NER architecture taught to mark attribution cues (label ``CUE``).

An experiment of the sixth round (docs/attribution.md, "A trained cue tagger"): PolNeAR's gold
cues become entity spans of documents tokenized as the dateline pipeline tokenizes them, and
``spacy train`` learns them with the config ``dateline/data/cue_tagger.cfg``. Articles are split
by a hash of their ``doc_id`` so that the held-out part is the same on every run and machine.
"""

from __future__ import annotations

import io
import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, DocBin, Span

__all__ = [
    "CUE_LABEL",
    "TaggerData",
    "cue_doc",
    "cue_docbin",
    "default_config",
    "first_versions",
    "held_out",
    "learn_cue_tagger",
    "split_records",
    "write_training_data",
]

CUE_LABEL = "CUE"
Record = dict[str, Any]


def held_out(doc_id: str, *, folds: int = 5) -> bool:
    """Whether the article ``doc_id`` is in the held-out fifth (the split docs/attribution.md uses)."""
    return zlib.crc32(doc_id.encode()) % folds == 0


def first_versions(records: Iterable[Record]) -> list[Record]:
    """One record per article: the first annotator's version of an article annotated several times."""
    seen: set[str] = set()
    kept: list[Record] = []
    for record in records:
        if record["doc_id"] not in seen:
            seen.add(record["doc_id"])
            kept.append(record)
    return kept


@dataclass(frozen=True)
class TaggerData:
    """Gold records split into those trained on and those held out."""

    train: list[Record]
    held_out: list[Record]


def split_records(records: Iterable[Record]) -> TaggerData:
    """The first version of each article, split by :func:`held_out`."""
    kept = first_versions(records)
    return TaggerData(
        train=[r for r in kept if not held_out(r["doc_id"])],
        held_out=[r for r in kept if held_out(r["doc_id"])],
    )


def cue_doc(record: Record, *, nlp: Language) -> Doc:
    """The record's text tokenized by ``nlp`` with its gold cue pieces as ``CUE`` entities.

    Each piece of a cue is its own span, widened to whole tokens and stripped of whitespace tokens
    at its edges (spaCy's NER cannot learn those); a piece that shares a token with an earlier one
    (in the order of the annotations) is dropped, since entities cannot overlap.
    """
    doc = nlp.make_doc(record["text"])
    taken: set[int] = set()
    spans: list[Span] = []
    for attribution in record["attributions"]:
        for piece in attribution["cue"]:
            span = _stripped(doc.char_span(piece["start"], piece["end"], label=CUE_LABEL, alignment_mode="expand"))
            if span is None or taken & set(range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            spans.append(span)
    doc.ents = sorted(spans, key=lambda span: span.start)
    return doc


def _stripped(span: Span | None) -> Span | None:
    """``span`` without whitespace tokens at either end (None when nothing else is left)."""
    import spacy.tokens

    if span is None:
        return None
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return spacy.tokens.Span(span.doc, start, end, label=span.label) if start < end else None


def cue_docbin(records: Iterable[Record], *, nlp: Language) -> DocBin:
    """The records as spaCy training data (:func:`cue_doc` for each)."""
    from spacy.tokens import DocBin

    return DocBin(docs=[cue_doc(record, nlp=nlp) for record in records], store_user_data=False)


def write_training_data(records: Iterable[Record], *, nlp: Language, folder: Path) -> TaggerData:
    """Write ``train.spacy`` and ``held_out.spacy`` for :func:`split_records` of ``records`` into ``folder``."""
    data = split_records(records)
    folder.mkdir(parents=True, exist_ok=True)
    cue_docbin(data.train, nlp=nlp).to_disk(folder / "train.spacy")
    cue_docbin(data.held_out, nlp=nlp).to_disk(folder / "held_out.spacy")
    return data


def default_config() -> Path:
    """The training config shipped with dateline (``dateline/data/cue_tagger.cfg``)."""
    return Path(str(files("dateline.data").joinpath("cue_tagger.cfg")))


def learn_cue_tagger(
    path: Path,
    *,
    output: Path,
    nlp: Language,
    vectors: str,
    config: Path | None = None,
    max_epochs: int | None = None,
    log: IO[str] | None = None,
) -> TaggerData:
    """Train the cue tagger on the gold file ``path`` (PolNeAR JSONL) less its held-out fifth.

    The training data is tokenized by ``nlp``; ``vectors`` is the spaCy pipeline (a path) whose
    tokenizer and static vectors the tagger takes. ``output`` gets ``data/`` (the two DocBins)
    and spaCy's ``model-best`` (best cue F1 on the held-out fifth) and ``model-last``; spaCy's
    training table goes to ``log`` (nowhere by default); ``held_out.jsonl`` gets the held-out
    records, for ``dateline benchmark cue-tagger``. The config's seed makes runs repeatable.
    """
    from spacy import util
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train

    from dateline.bench.attribution import read_records

    data = write_training_data(read_records(path), nlp=nlp, folder=output / "data")
    with (output / "held_out.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in data.held_out)
    overrides: dict[str, Any] = {
        "paths.train": str(output / "data" / "train.spacy"),
        "paths.dev": str(output / "data" / "held_out.spacy"),
        "paths.vectors": vectors,
    }
    if max_epochs is not None:
        overrides["training.max_epochs"] = max_epochs
    settings = util.load_config(config or default_config(), overrides=overrides, interpolate=False)
    stream = log or io.StringIO()
    train(init_nlp(settings), output, stdout=stream, stderr=stream)
    return data
