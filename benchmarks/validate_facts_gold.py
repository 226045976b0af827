"""Check benchmarks/facts-gold.jsonl against the news-dev articles and print its counts.

The gold holds article ids, names, predicates and character offsets only; the article text is
third-party and is read here at run time, never copied into the repository. Run from the repo root:

    python benchmarks/validate_facts_gold.py
    python benchmarks/validate_facts_gold.py --articles ../shared/data/news-dev/articles.jsonl --show
    python benchmarks/validate_facts_gold.py --heldout      # the held-out gold, facts-gold-heldout.jsonl
    python benchmarks/validate_facts_gold.py --recall3      # the third, blind gold, facts-gold-recall3.jsonl

Exit status 0 when the gold is valid, 1 when any error was found (each error is printed).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = HERE / "facts-gold.jsonl"
HELDOUT_GOLD = HERE / "facts-gold-heldout.jsonl"
RECALL3_GOLD = HERE / "facts-gold-recall3.jsonl"
DEFAULT_ARTICLES = HERE.parents[1] / "shared" / "data" / "news-dev" / "articles.jsonl"

SELECTION_SEED = 20261126
SELECTION_SIZE = 45
SELECTION_PREFIX = "bbc-entertainment-"
# The held-out gold: 15 more bbc-entertainment articles (the development gold's 45 left out) and 5
# fakenewsnet articles of at least 200 words, each drawn with its own Random(HELDOUT_SEED).
HELDOUT_SEED = 20261202
HELDOUT_BBC = 15
HELDOUT_FNN = 5
HELDOUT_FNN_PREFIX = "fakenewsnet-"
HELDOUT_FNN_MIN_WORDS = 200
# The third, blind gold: 5 bbc-entertainment and 5 politics articles (bbc-politics or fakenewsnet) of 200 to
# 700 words in neither gold above, drawn in that order with one Random(RECALL3_SEED).
RECALL3_SEED = 20261208
RECALL3_PER_SLICE = 5
RECALL3_WORDS = (200, 700)

SYMMETRIC = {"met", "married", "dating", "divorced", "split", "feud", "collaboration", "engaged", "romance"}
PREDICATES = SYMMETRIC | {
    "travel", "attended", "pregnant", "child_birth", "acted_in", "cast_in", "develops", "release",
    "born_in", "citizen_of", "lived_in", "moved_to", "works_for",
    "won_award", "nominated", "performed", "died", "sued",
}
NEEDS_OBJECT = {"acted_in", "cast_in", "develops", "works_for", "won_award", "nominated", "sued",
                "citizen_of", "lived_in", "moved_to", "attended"}
ARGUMENT_PREDICATES = {
    "role": {"acted_in", "cast_in", "works_for"},
    "for": {"won_award", "nominated"},
    "by": {"release"},
}
FACT_KEYS = {"predicate", "participants", "object", "place", "time", "polarity", "certainty",
             "source", "trigger", "evidence", "arguments"}
# TIMEX3 values used in the gold: a year or decade, optionally a month and day, with X for the unknown
# part when the article gives no year ("XXXX-02-27"), or a season.
TIMEX_VALUE = re.compile(r"^(\d{4}|\d{3}X|XXXX)(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-(SP|SU|FA|WI))?$")


@dataclass
class Report:
    """What a validation run found."""

    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    predicates: Counter[str] = field(default_factory=Counter)
    polarity: Counter[str] = field(default_factory=Counter)
    certainty: Counter[str] = field(default_factory=Counter)
    timed: int = 0
    attributed: int = 0
    facts: int = 0
    articles: int = 0


def expected_selection(article_ids: list[str]) -> set[str]:
    """The 45 articles the gold must cover, drawn as the README describes."""
    pool = sorted(i for i in article_ids if i.startswith(SELECTION_PREFIX))
    return set(random.Random(SELECTION_SEED).sample(pool, SELECTION_SIZE))


def expected_heldout_selection(articles: dict[str, str]) -> set[str]:
    """The 20 held-out articles, drawn as the README's "Held-out gold" section describes."""
    ids = sorted(i for i in articles if i.startswith(SELECTION_PREFIX))
    dev = expected_selection(ids)
    pool = [i for i in ids if i not in dev]
    bbc = random.Random(HELDOUT_SEED).sample(pool, HELDOUT_BBC)
    fnn_pool = sorted(i for i, text in articles.items()
                      if i.startswith(HELDOUT_FNN_PREFIX) and len(text.split()) >= HELDOUT_FNN_MIN_WORDS)
    fnn = random.Random(HELDOUT_SEED).sample(fnn_pool, HELDOUT_FNN)
    return set(bbc) | set(fnn)


def expected_recall3_selection(articles: dict[str, str]) -> set[str]:
    """The 10 articles of the third gold, drawn as the README's "Third gold" section describes."""
    taken = expected_heldout_selection(articles) | expected_selection(list(articles))
    low, high = RECALL3_WORDS

    def pool(*prefixes: str) -> list[str]:
        return sorted(i for i, text in articles.items() if i.startswith(prefixes) and i not in taken
                      and low <= len(text.split()) <= high)

    rng = random.Random(RECALL3_SEED)
    entertainment = rng.sample(pool(SELECTION_PREFIX), RECALL3_PER_SLICE)
    politics = rng.sample(pool("bbc-politics-", HELDOUT_FNN_PREFIX), RECALL3_PER_SLICE)
    return set(entertainment) | set(politics)


def check_fact(fact: dict[str, Any], text: str, where: str, report: Report) -> None:
    """Check one fact's shape and values and its offsets against the article text."""
    err = report.errors.append
    if set(fact) != FACT_KEYS:
        err(f"{where}: keys {sorted(set(fact) ^ FACT_KEYS)} missing or unexpected")
        return
    pred = fact["predicate"]
    if pred not in PREDICATES:
        err(f"{where}: unknown predicate {pred!r}")
    parts = fact["participants"]
    if not parts or not all(isinstance(p, str) and p.strip() for p in parts):
        err(f"{where}: participants must be non-empty names")
    elif parts != sorted(set(parts)):
        err(f"{where}: participants must be unique and sorted")
    if pred in SYMMETRIC and (len(parts) < 2 or fact["object"] is not None):
        err(f"{where}: symmetric {pred} needs two or more participants and object null")
    if pred in NEEDS_OBJECT and not fact["object"]:
        err(f"{where}: {pred} needs an object")
    for key in ("object", "place"):
        if fact[key] is not None and not (isinstance(fact[key], str) and fact[key].strip()):
            err(f"{where}: {key} must be a non-empty string or null")
    if fact["time"] is not None and not TIMEX_VALUE.match(str(fact["time"])):
        err(f"{where}: time {fact['time']!r} is not a TIMEX3 value")
    if fact["polarity"] not in {"positive", "negative"}:
        err(f"{where}: polarity {fact['polarity']!r}")
    if fact["certainty"] not in {"certain", "probable", "possible"}:
        err(f"{where}: certainty {fact['certainty']!r}")
    if not (isinstance(fact["source"], str) and fact["source"].strip()):
        err(f"{where}: source must be 'author' or the source's name")
    args = fact["arguments"]
    if not isinstance(args, dict):
        err(f"{where}: arguments must be an object")
    else:
        for name, value in args.items():
            if pred not in ARGUMENT_PREDICATES.get(name, set()) or not isinstance(value, str):
                err(f"{where}: argument {name}={value!r} not allowed for {pred}")
    ev = fact["evidence"]
    start, end = ev.get("start"), ev.get("end")
    if set(ev) != {"start", "end"} or not (isinstance(start, int) and isinstance(end, int)):
        err(f"{where}: evidence must be {{start, end}} integers")
        return
    if not 0 <= start < end <= len(text):
        err(f"{where}: evidence {start}-{end} outside the text (length {len(text)})")
        return
    span = text[start:end]
    if span != span.strip():
        err(f"{where}: evidence {start}-{end} starts or ends with white space")
    if not fact["trigger"] or fact["trigger"].lower() not in span.lower():
        err(f"{where}: trigger {fact['trigger']!r} not in evidence {start}-{end}")
    for name in [*parts, fact["object"], *args.values()]:
        if name and name not in text:
            report.notes.append(f"{where}: {name!r} is normalised (not verbatim in the text)")


def validate(gold_path: Path, articles_path: Path, heldout: bool = False, recall3: bool = False) -> Report:
    """Validate the whole gold file; never raises on bad content, it reports it.

    With `heldout` (or `recall3`) the file must cover the held-out (or third) selection instead of the
    development one.
    """
    articles: dict[str, str] = {}
    with articles_path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            articles[record["id"]] = record["text"]
    report = Report()
    seen: set[str] = set()
    with gold_path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            entry = json.loads(line)
            aid = entry.get("id")
            if set(entry) != {"id", "annotator", "facts"}:
                report.errors.append(f"line {lineno}: keys must be id, annotator, facts")
                continue
            if aid in seen or aid not in articles:
                report.errors.append(f"line {lineno}: id {aid!r} duplicated or not in the articles")
                continue
            seen.add(aid)
            report.articles += 1
            keys: set[tuple[object, ...]] = set()
            for n, fact in enumerate(entry["facts"]):
                where = f"{aid} fact {n}"
                check_fact(fact, articles[aid], where, report)
                key = (fact.get("predicate"), tuple(fact.get("participants") or ()), fact.get("object"))
                if key in keys:
                    report.errors.append(f"{where}: repeats (predicate, participants, object) {key}")
                keys.add(key)
                report.facts += 1
                report.predicates[fact.get("predicate")] += 1
                report.polarity[fact.get("polarity")] += 1
                report.certainty[fact.get("certainty")] += 1
                report.timed += fact.get("time") is not None
                report.attributed += fact.get("source") != "author"
    if recall3:
        expected = expected_recall3_selection(articles)
    elif heldout:
        expected = expected_heldout_selection(articles)
    else:
        expected = expected_selection(list(articles))
    if seen != expected:
        report.errors.append(f"articles differ from the seeded selection: {sorted(seen ^ expected)}")
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=None,
                        help="the gold file (default facts-gold.jsonl, or facts-gold-heldout.jsonl with --heldout)")
    parser.add_argument("--heldout", action="store_true",
                        help="check the held-out gold and its selection (seed 20261202)")
    parser.add_argument("--recall3", action="store_true",
                        help="check the third, blind gold and its selection (seed 20261208)")
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--show", action="store_true", help="also list names that are normalised")
    options = parser.parse_args()
    default = RECALL3_GOLD if options.recall3 else HELDOUT_GOLD if options.heldout else DEFAULT_GOLD
    report = validate(options.gold or default, options.articles, heldout=options.heldout, recall3=options.recall3)
    print(f"{report.articles} articles, {report.facts} facts, {report.timed} with a time, "
          f"{report.attributed} attributed to a source other than the author")
    print("per predicate:", ", ".join(f"{p} {n}" for p, n in sorted(report.predicates.items())))
    print("polarity:", dict(report.polarity), " certainty:", dict(report.certainty))
    if options.show:
        print(*report.notes, sep="\n")
    print(*report.errors, sep="\n", file=sys.stderr)
    print(f"{len(report.errors)} errors", file=sys.stderr)
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
