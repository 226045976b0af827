"""Score predictions with dateline's attribution scorer (run with the project's venv, PYTHONPATH=.).

    python experiments/transformer_attribution/score.py GOLD.jsonl PRED.jsonl [--only-held-out]

Prints relation P/R/F1, then per role exact and token-overlap P/R/F1, as one JSON line too.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib

from dateline.bench.attribution import ROLES, read_records, score_records


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold")
    parser.add_argument("predicted")
    parser.add_argument("--only-held-out", action="store_true", help="first versions of train's held-out fifth")
    args = parser.parse_args()
    from pathlib import Path

    gold = read_records(Path(args.gold))
    if args.only_held_out:
        seen: set[str] = set()
        kept = []
        for record in gold:
            if record["doc_id"] not in seen and zlib.crc32(record["doc_id"].encode()) % 5 == 0:
                kept.append(record)
            seen.add(record["doc_id"])
        gold = kept
    predicted = read_records(Path(args.predicted))
    by_key = {(r["doc_id"], r.get("annotator")): r for r in predicted}
    gold = [r for r in gold if (r["doc_id"], r.get("annotator")) in by_key]
    scores = score_records(gold, [by_key[(r["doc_id"], r.get("annotator"))] for r in gold])

    def row(s: dict[str, float]) -> str:
        return f"{s['precision']:.2f} / {s['recall']:.2f} / {s['f1']:.2f}"

    print(f"relation {row(scores['relation'])} (predicted {scores['relation'].get('predicted')})")
    for role in ROLES:
        print(f"{role:8} exact {row(scores['exact'][role])}   overlap {row(scores['overlap'][role])}")
    json.dump(scores, sys.stdout)
    print()


if __name__ == "__main__":
    main()
