"""Predict attributions with the fine-tuned taggers; write PolNeAR-style JSONL for score.py.

- ``--tagger DIR`` alone: cues, sources and contents from the BIO tagger, grouped: each source
  and content span goes to the nearest predicted cue of its paragraph; a cue with no content is
  dropped.
- ``--tagger DIR --cued DIR``: the tagger's cues only; each cue is marked and the cue-conditioned
  model tags its source and content (none tagged: the cue is dropped).
- ``--stage FILE`` (the stage's predictions, from ``dateline benchmark attribution --predictions``)
  also writes three hybrids: ``add``, the stage's attributions plus the transformer's whose cue
  overlaps no span of them; ``bounds``, the stage's cues with the transformer's source and content
  (the tagger's spans grouped to the nearest stage or tagger cue, or the cue-conditioned model's;
  the stage's kept where the model gives no content); ``both``, the two together.
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

import torch
from common import (
    CUE_CLOSE,
    CUE_OPEN,
    CUED_ROLES,
    TAGGER_ROLES,
    Doc,
    cue_window,
    first_versions,
    labels_for,
    read_jsonl,
    span_record,
    windows,
)
from transformers import AutoModelForTokenClassification, AutoTokenizer

Span = tuple[int, int]


def tag_words(model: Any, doc: Doc, tokenizer: Any, size: int, stride: int) -> list[str]:
    """Word labels from the tagger: logits averaged over overlapping windows, first piece per word."""
    labels = labels_for(TAGGER_ROLES)
    total = torch.zeros(len(doc.piece_ids), len(labels))
    seen = torch.zeros(len(doc.piece_ids), 1)
    ranges = windows(len(doc.piece_ids), size, stride)
    for i in range(0, len(ranges), 16):
        chunk = ranges[i : i + 16]
        width = max(b - a for a, b in chunk) + 2
        ids = [[tokenizer.cls_token_id, *doc.piece_ids[a:b], tokenizer.sep_token_id] for a, b in chunk]
        mask = torch.tensor([[1] * len(x) + [0] * (width - len(x)) for x in ids])
        ids_tensor = torch.tensor([x + [tokenizer.pad_token_id] * (width - len(x)) for x in ids])
        with torch.no_grad():
            logits = model(input_ids=ids_tensor, attention_mask=mask).logits
        for row, (a, b) in enumerate(chunk):
            total[a:b] += logits[row, 1 : 1 + b - a]
            seen[a:b] += 1
    best = (total / seen.clamp(min=1)).argmax(-1).tolist()
    words = ["O"] * len(doc.words)
    for piece, word in enumerate(doc.piece_word):
        if doc.first_piece[piece]:
            words[word] = labels[best[piece]]
    return words


def paragraph_of(text: str, position: int) -> int:
    return text.count("\n", 0, position)


def distance(a: Span, b: Span) -> int:
    return max(a[0] - b[1], b[0] - a[1], 0)


def group(doc: Doc, spans: dict[str, list[Span]], extra_cues: list[Span] = ()) -> list[dict[str, Any]]:  # type: ignore[assignment]
    """Each source and content span joins the nearest cue of its paragraph; one source per cue.

    ``extra_cues`` (the stage's) compete for the spans too, the tagger's cues overlapping them dropped.
    """
    cues = [*extra_cues, *(c for c in spans.get("CUE", []) if not any(overlaps(c, e) for e in extra_cues))]
    parts: dict[Span, dict[str, list[Span]]] = {cue: {"SOURCE": [], "CONTENT": []} for cue in cues}
    for role in ("SOURCE", "CONTENT"):
        for span in spans.get(role, []):
            paragraph = paragraph_of(doc.text, span[0])
            near = [c for c in cues if paragraph_of(doc.text, c[0]) == paragraph]
            if near:
                parts[min(near, key=lambda c: distance(c, span))][role].append(span)
    attributions = []
    for cue, found in parts.items():
        if found["CONTENT"]:
            source = [min(found["SOURCE"], key=lambda s: distance(cue, s))] if found["SOURCE"] else []
            attributions.append(make(doc.text, cue, source, found["CONTENT"]))
    return attributions


def make(text: str, cue: Span, source: list[Span], content: list[Span]) -> dict[str, Any]:
    return {
        "id": f"T{cue[0]}",
        "type": "Attribution" if source else "Attribution-no-source",
        "source": [span_record(*s, text) for s in source],
        "cue": [span_record(*cue, text)],
        "content": [span_record(*c, text) for c in sorted(content)],
    }


def cued_parts(model: Any, doc: Doc, tokenizer: Any, cues: list[Span], size: int) -> list[dict[str, list[Span]] | None]:
    """For each cue: the model's SOURCE and CONTENT spans with that cue marked (None: no content)."""
    labels = labels_for(CUED_ROLES)
    opener, closer = tokenizer.convert_tokens_to_ids([CUE_OPEN, CUE_CLOSE])
    inputs, layouts = [], []
    for start, end in cues:
        pieces = [i for i, w in enumerate(doc.piece_word) if w >= 0 and start <= doc.words[w][0] < end]
        if not pieces:
            inputs.append(None)
            layouts.append(None)
            continue
        first, last = pieces[0], pieces[-1]
        a, b = cue_window(doc, first, last, size)
        ids = [tokenizer.cls_token_id, *doc.piece_ids[a:first], opener, *doc.piece_ids[first : last + 1], closer]
        ids += [*doc.piece_ids[last + 1 : b], tokenizer.sep_token_id]
        positions = [None, *range(a, first), None, *range(first, last + 1), None, *range(last + 1, b), None]
        inputs.append(ids)
        layouts.append((positions, first, last))
    results: list[dict[str, list[Span]] | None] = [None] * len(cues)
    todo = [i for i, x in enumerate(inputs) if x is not None]
    for i in range(0, len(todo), 16):
        chunk = todo[i : i + 16]
        width = max(len(inputs[n]) for n in chunk)
        ids_tensor = torch.tensor([inputs[n] + [tokenizer.pad_token_id] * (width - len(inputs[n])) for n in chunk])
        mask = torch.tensor([[1] * len(inputs[n]) + [0] * (width - len(inputs[n])) for n in chunk])
        with torch.no_grad():
            best = model(input_ids=ids_tensor, attention_mask=mask).logits.argmax(-1).tolist()
        for row, n in enumerate(chunk):
            positions, first, last = layouts[n]
            words = ["O"] * len(doc.words)
            for column, piece in enumerate(positions):
                if piece is not None and doc.first_piece[piece] and not first <= piece <= last:
                    words[doc.piece_word[piece]] = labels[best[row][column]]
            found = doc.spans(words)
            if found.get("CONTENT"):
                results[n] = found
    return results


def cued_attributions(model: Any, doc: Doc, tokenizer: Any, cues: list[Span], size: int) -> list[dict[str, Any]]:
    attributions = []
    for cue, found in zip(cues, cued_parts(model, doc, tokenizer, cues, size), strict=True):
        if found is not None:
            sources = found.get("SOURCE", [])
            source = [min(sources, key=lambda s: distance(cue, s))] if sources else []
            attributions.append(make(doc.text, cue, source, found["CONTENT"]))
    return attributions


def covered(attribution: dict[str, Any]) -> list[Span]:
    return [(s["start"], s["end"]) for role in ("source", "cue", "content") for s in attribution[role]]


def cue_of(attribution: dict[str, Any]) -> Span:
    return attribution["cue"][0]["start"], attribution["cue"][-1]["end"]


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def tagger_bounds(doc: Doc, stage: list[dict[str, Any]], spans: dict[str, list[Span]]) -> list[dict[str, Any]]:
    """The stage's cues with the tagger's source and content grouped to them (the stage's kept where none)."""
    with_cue = [a for a in stage if a["cue"]]
    grouped = {cue_of(a): a for a in group(doc, spans, [cue_of(a) for a in with_cue])}
    kept = []
    for attribution in stage:
        ours = grouped.get(cue_of(attribution)) if attribution["cue"] else None
        if ours is None:
            kept.append(attribution)
            continue
        source = ours["source"] or attribution["source"]
        kept.append({**attribution, "source": source, "content": ours["content"], "type": "Attribution" if source else "Attribution-no-source"})
    return kept


def hybrid(doc: Doc, stage: list[dict[str, Any]], ours: list[dict[str, Any]], how: str, cued: Any, tokenizer: Any, size: int, spans: dict[str, list[Span]]) -> list[dict[str, Any]]:
    kept = [dict(a) for a in stage]
    if how in ("bounds", "both") and cued is None:
        kept = tagger_bounds(doc, kept, spans)
    if how in ("bounds", "both") and cued is not None:
        cues = [(a["cue"][0]["start"], a["cue"][-1]["end"]) if a["cue"] else None for a in kept]
        with_cue = [n for n, c in enumerate(cues) if c is not None]
        found = cued_parts(cued, doc, tokenizer, [cues[n] for n in with_cue], size)
        for n, parts in zip(with_cue, found, strict=True):
            if parts is not None:
                cue = cues[n]
                sources = parts.get("SOURCE", [])
                source = [min(sources, key=lambda s: distance(cue, s))] if sources else []
                kept[n] = {**kept[n], **make(doc.text, cue, source, parts["CONTENT"]), "cue": kept[n]["cue"], "id": kept[n]["id"]}
    if how in ("add", "both"):
        taken = [span for a in stage for span in covered(a)]
        taken = [span for a in stage for span in covered(a)]
        kept += [a for a in ours if not any(overlaps(cue_of(a), span) for span in taken)]
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("input", help="PolNeAR-style JSONL (gold attributions ignored) or news articles JSONL with 'text'")
    parser.add_argument("--tagger", required=True)
    parser.add_argument("--cued")
    parser.add_argument("--stage", help="the stage's predictions for the same records")
    parser.add_argument("--only-held-out", action="store_true", help="only train's held-out fifth, first versions")
    parser.add_argument("--output", required=True, help="prefix: writes PREFIX.model.jsonl, and with --stage PREFIX.{add,bounds,both}.jsonl")
    parser.add_argument("--size", type=int, default=254)
    parser.add_argument("--stride", type=int, default=192)
    parser.add_argument("--cued-size", type=int, default=254)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--merge", action="store_true", help="runs of one role continue across a B (the model and hybrids)")
    parser.add_argument("--int8", action="store_true", help="dynamic int8 quantization of the linear layers")
    parser.add_argument("--limit", type=int, default=0, help="only the first N records")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    from common import held_out

    records = read_jsonl(args.input)
    if args.only_held_out:
        records = [r for r in first_versions(records) if held_out(r["doc_id"])]
    records = records[: args.limit or None]
    tokenizer = AutoTokenizer.from_pretrained(args.tagger)
    tagger = AutoModelForTokenClassification.from_pretrained(args.tagger).eval()
    cued = AutoModelForTokenClassification.from_pretrained(args.cued).eval() if args.cued else None
    if args.int8:
        tagger = torch.ao.quantization.quantize_dynamic(tagger, {torch.nn.Linear}, dtype=torch.qint8)
    stage = {r["text"]: r["attributions"] for r in read_jsonl(args.stage)} if args.stage else {}
    variants = ["model", "merged", *(("add", "bounds", "both") if stage else ())]
    done: dict[str, dict[str, list[dict[str, Any]]]] = {variant: {} for variant in variants}
    began = time.perf_counter()
    for record in records:
        if record["text"] in done["model"]:
            continue
        doc = Doc(record["text"], tokenizer)
        words = tag_words(tagger, doc, tokenizer, args.size, args.stride)
        spans = doc.spans(words, merge=args.merge)
        ours = cued_attributions(cued, doc, tokenizer, spans.get("CUE", []), args.cued_size) if cued else group(doc, spans)
        done["model"][record["text"]] = ours
        done["merged"][record["text"]] = group(doc, doc.spans(words, merge=True))
        for variant in variants[2:]:
            done[variant][record["text"]] = hybrid(doc, stage[record["text"]], ours, variant, cued, tokenizer, args.cued_size, spans)
    elapsed = time.perf_counter() - began
    for variant in variants:
        with open(f"{args.output}.{variant}.jsonl", "w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps({**record, "attributions": done[variant][record["text"]]}, ensure_ascii=False) + "\n")
    print(json.dumps({"articles": len(done["model"]), "seconds": round(elapsed, 1), "ms_per_article": round(1000 * elapsed / max(len(done["model"]), 1), 1)}))


if __name__ == "__main__":
    main()
