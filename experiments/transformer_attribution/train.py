"""Fine-tune a small pretrained encoder on PolNeAR train, as one of two token taggers.

- ``--mode tagger``: BIO tags SOURCE / CUE / CONTENT over windows of the whole article;
- ``--mode cued``: one gold cue marked with [unused0] ... [unused1]; BIO tags of that cue's
  SOURCE and CONTENT only. Hard negatives (a word that is a gold cue elsewhere in train, marked
  where it is no cue) teach it to tag nothing, so it also filters cues.

Trains on the first annotator's version of the train articles with crc32(doc_id) % 5 != 0 (the
held-out fifth chooses epochs and is scored by predict.py).
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from typing import Any

import torch
from common import (
    CUE_CLOSE,
    CUE_OPEN,
    CUED_ROLES,
    TAGGER_ROLES,
    Doc,
    cue_window,
    encoder_dir,
    first_versions,
    held_out,
    labels_for,
    piece_labels,
    read_jsonl,
    windows,
)
from transformers import AutoModelForTokenClassification, AutoTokenizer, get_linear_schedule_with_warmup

Example = tuple[list[int], list[int]]


def tagger_examples(doc: Doc, record: dict[str, Any], tokenizer: Any, size: int, stride: int) -> list[Example]:
    label_ids = {label: i for i, label in enumerate(labels_for(TAGGER_ROLES))}
    labels = piece_labels(doc, doc.word_labels(record["attributions"], TAGGER_ROLES), label_ids)
    return [
        ([tokenizer.cls_token_id, *doc.piece_ids[a:b], tokenizer.sep_token_id], [-100, *labels[a:b], -100])
        for a, b in windows(len(doc.piece_ids), size, stride)
    ]


def cue_pieces(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    pieces = [i for i, w in enumerate(doc.piece_word) if w >= 0 and start <= doc.words[w][0] < end]
    return (pieces[0], pieces[-1]) if pieces else None


def marked(doc: Doc, first: int, last: int, labels: list[int], tokenizer: Any, size: int) -> Example:
    """The window around pieces first..last with the cue between the two marker tokens."""
    a, b = cue_window(doc, first, last, size)
    opener, closer = tokenizer.convert_tokens_to_ids([CUE_OPEN, CUE_CLOSE])
    ids = [tokenizer.cls_token_id, *doc.piece_ids[a:first], opener, *doc.piece_ids[first : last + 1], closer]
    ids += [*doc.piece_ids[last + 1 : b], tokenizer.sep_token_id]
    cue_labels = [-100] * (last + 1 - first)
    tags = [-100, *labels[a:first], -100, *cue_labels, -100, *labels[last + 1 : b], -100]
    return ids, tags


def cued_examples(doc: Doc, record: dict[str, Any], tokenizer: Any, size: int, cue_words: set[str], rng: random.Random) -> list[Example]:
    label_ids = {label: i for i, label in enumerate(labels_for(CUED_ROLES))}
    examples: list[Example] = []
    in_cue: set[int] = set()
    for attribution in record["attributions"]:
        if not attribution["cue"]:
            continue
        start, end = min(s["start"] for s in attribution["cue"]), max(s["end"] for s in attribution["cue"])
        found = cue_pieces(doc, start, end)
        if found is None:
            continue
        in_cue.update(doc.words_in(start, end))
        labels = piece_labels(doc, doc.word_labels([attribution], CUED_ROLES), label_ids)
        examples.append(marked(doc, *found, labels, tokenizer, size))
    negatives = [w for w, (s, e) in enumerate(doc.words) if w not in in_cue and doc.text[s:e].lower() in cue_words]
    rng.shuffle(negatives)
    empty = [-100 if not first else 0 for first in doc.first_piece]
    for word in negatives[: len(examples) // 2]:
        found = cue_pieces(doc, *doc.words[word])
        if found is not None:
            examples.append(marked(doc, *found, empty, tokenizer, size))
    return examples


def gold_cue_words(records: list[dict[str, Any]]) -> set[str]:
    """Lower-cased words that make up gold cues at least 5 times in train (the hard negatives' pool)."""
    counts: Counter[str] = Counter()
    for record in records:
        for attribution in record["attributions"]:
            for span in attribution["cue"]:
                counts.update(w.lower() for w in span["text"].split() if w.isalpha())
    return {word for word, n in counts.items() if n >= 5}


def batches(examples: list[Example], size: int, pad: int) -> list[dict[str, torch.Tensor]]:
    out = []
    for i in range(0, len(examples), size):
        chunk = examples[i : i + size]
        width = max(len(ids) for ids, _ in chunk)
        ids = torch.tensor([e[0] + [pad] * (width - len(e[0])) for e in chunk])
        labels = torch.tensor([e[1] + [-100] * (width - len(e[1])) for e in chunk])
        mask = torch.tensor([[1] * len(e[0]) + [0] * (width - len(e[0])) for e in chunk])
        out.append({"input_ids": ids, "attention_mask": mask, "labels": labels})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("train", help="PolNeAR train.jsonl")
    parser.add_argument("--mode", choices=("tagger", "cued"), required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (a tiny run)")
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=8e-5)
    parser.add_argument("--size", type=int, default=254, help="word pieces per window (before markers)")
    parser.add_argument("--stride", type=int, default=192)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--init", help="start from this fine-tuned model (a continued run) instead of the encoder")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--max-examples", type=int, default=0, help="a random sample of this many examples")
    parser.add_argument("--minutes", type=float, default=0, help="a wall-clock budget: the learning rate decays over it and training stops at its end (the machine is shared)")
    parser.add_argument("--bf16", action="store_true", help="bfloat16 autocast (1.3x faster on AVX512-BF16 CPUs)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    tokenizer = AutoTokenizer.from_pretrained(encoder_dir())
    records = [r for r in first_versions(read_jsonl(args.train)) if not held_out(r["doc_id"])]
    cue_words = gold_cue_words(records)
    examples: list[Example] = []
    for record in records:
        doc = Doc(record["text"], tokenizer)
        if args.mode == "tagger":
            examples += tagger_examples(doc, record, tokenizer, args.size, args.stride)
        else:
            examples += cued_examples(doc, record, tokenizer, args.size, cue_words, rng)
    if args.max_examples and len(examples) > args.max_examples:
        rng.shuffle(examples)
        examples = examples[: args.max_examples]
    labels = labels_for(TAGGER_ROLES if args.mode == "tagger" else CUED_ROLES)
    print(f"{len(records)} articles, {len(examples)} examples, labels {labels}", flush=True)
    model = AutoModelForTokenClassification.from_pretrained(
        args.init or encoder_dir(), num_labels=len(labels), id2label=dict(enumerate(labels)), label2id={l: i for i, l in enumerate(labels)}
    )
    steps_per_epoch = (len(examples) + args.batch - 1) // args.batch
    total = args.max_steps or steps_per_epoch * args.epochs
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    schedule = get_linear_schedule_with_warmup(optimizer, int(0.06 * total), total)
    budget = 60 * args.minutes
    model.train()
    step, began = 0, time.perf_counter()
    for epoch in range(args.epochs):
        rng.shuffle(examples)
        for batch in batches(examples, args.batch, tokenizer.pad_token_id):
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=args.bf16):
                loss = model(**batch).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            if budget:
                spent = (time.perf_counter() - began) / budget
                for group in optimizer.param_groups:
                    group["lr"] = args.lr * min(1.0, spent / 0.06) * max(0.0, 1.0 - spent)
            optimizer.zero_grad()
            step += 1
            if step % 20 == 0:
                elapsed = time.perf_counter() - began
                print(f"epoch {epoch} step {step}/{total} loss {loss.item():.4f} {elapsed / step:.2f} s/step, ETA {(total - step) * elapsed / step / 60:.1f} min", flush=True)
            if step >= total or (budget and time.perf_counter() - began >= budget):
                total = step
                break
        model.save_pretrained(f"{args.output}/epoch{epoch}")
        tokenizer.save_pretrained(f"{args.output}/epoch{epoch}")
        if step >= total:
            break
    print(f"trained {step} steps in {(time.perf_counter() - began) / 60:.1f} min", flush=True)


if __name__ == "__main__":
    main()
