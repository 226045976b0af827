"""``dateline benchmark facts``: the facts stage against a hand-annotated gold (benchmarks/facts-gold.jsonl).

A predicted fact matches a gold fact of the same article when the predicate and the polarity are the
same and the participants are the same people (names compared leniently: case, accents, titles, a
leading "the", and a lone surname or first name against the full name). Matching is one-to-one,
greedy in text order.

- recall: matched gold facts / gold facts;
- precision: matched predicted facts / predicted facts whose predicate the gold annotates;
- time accuracy: of matched facts whose gold has a time, the share with the same TIMEX3 value;
- source accuracy: of matched facts, the share with the same source (author, or the same source name).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.errors import InputError
from dateline.ingest import iter_documents
from dateline.kb.names import name_key
from dateline.model import Analysis, Attribution, Document, Entity
from dateline.pipeline import analyse_many

__all__ = ["FactKey", "benchmark_facts", "gold_keys", "names_match", "predicted_keys", "read_gold", "score_facts"]


def _key(name: str) -> str:
    """A name's comparable form, without a leading article ("the Scissor Sisters" = "Scissor Sisters")."""
    key = name_key(name)
    return key.removeprefix("the ") if key != "the" else key


def names_match(gold: str, predicted: set[str]) -> bool:
    """Whether a gold name and one of an entity's names (name, aliases) denote the same participant."""
    gold_key = _key(gold)
    gold_tokens = gold_key.split()
    for name in predicted:
        key = _key(name)
        if not key:
            continue
        tokens = key.split()
        if key == gold_key:
            return True
        # A lone surname or first name on one side, the full name on the other.
        if len(tokens) == 1 and tokens[0] in (gold_tokens[0], gold_tokens[-1]) and len(gold_tokens) > 1:
            return True
        if len(gold_tokens) == 1 and gold_tokens[0] in (tokens[0], tokens[-1]) and len(tokens) > 1:
            return True
    return False


@dataclass
class FactKey:
    """A fact reduced to what is compared."""

    predicate: str
    participants: list[set[str]]  # each participant: the names it goes by
    polarity: str
    time: str | None
    source: str
    line: dict[str, Any] = field(default_factory=dict)


def _participants_match(gold: list[str], predicted: list[set[str]]) -> bool:
    if len(gold) != len(predicted):
        return False
    unused = list(predicted)
    for name in gold:
        hit = next((names for names in unused if names_match(name, names)), None)
        if hit is None:
            return False
        unused.remove(hit)
    return True


def _source_match(gold: str, predicted: str) -> bool:
    if gold == "author" or predicted == "author":
        return gold == predicted
    gold_key, predicted_key = name_key(gold), name_key(predicted)
    return bool(gold_key) and (gold_key in predicted_key or predicted_key in gold_key)


def predicted_keys(analysis: Analysis) -> list[FactKey]:
    """The analysis's facts in comparable form."""
    entities: dict[str, Entity] = {entity.id: entity for entity in analysis.entities}
    sources = {a.id: _source_name(a, entities) for a in analysis.attributions}

    def names(entity_id: str) -> set[str]:
        entity = entities.get(entity_id)
        return {entity.name, *entity.aliases} if entity else {entity_id}

    keys = []
    for fact in analysis.facts:
        line = fact.model_dump(mode="json")
        line["participant_names"] = [entities[e].name if e in entities else e for e in fact.participants]
        keys.append(
            FactKey(
                predicate=fact.predicate,
                participants=[names(e) for e in dict.fromkeys(fact.participants)],
                polarity=fact.polarity,
                time=fact.time,
                source="author" if fact.asserted_by == "author" else sources.get(fact.asserted_by, "unnamed"),
                line=line,
            )
        )
    return keys


def _source_name(attribution: Attribution, entities: dict[str, Entity]) -> str:
    """A source that is a pronoun or a description ("she", "the singer") is compared by the entity it names."""
    source = attribution.source
    if source is None:
        return "unnamed"
    entity = entities.get(source.entity) if source.entity else None
    return entity.name if entity else source.text


def gold_keys(record: dict[str, Any]) -> list[FactKey]:
    """A gold line's facts in comparable form."""
    return [
        FactKey(
            predicate=fact["predicate"],
            participants=[{name} for name in fact["participants"]],
            polarity=fact["polarity"],
            time=fact.get("time"),
            source=fact.get("source") or "author",
            line=fact,
        )
        for fact in record["facts"]
    ]


def score_facts(pairs: Iterable[tuple[list[FactKey], list[FactKey]]]) -> dict[str, Any]:
    """Scores over (gold, predicted) fact lists of each article."""
    totals: Counter[str] = Counter()
    per_predicate: dict[str, Counter[str]] = defaultdict(Counter)
    inventory: set[str] = set()
    articles = list(pairs)
    for gold, _ in articles:
        inventory |= {fact.predicate for fact in gold}
    for gold, predicted in articles:
        scored = [fact for fact in predicted if fact.predicate in inventory]
        unused = list(scored)
        for fact in gold:
            per_predicate[fact.predicate]["gold"] += 1
            hit = next(
                (p for p in unused if p.predicate == fact.predicate and p.polarity == fact.polarity
                 and _participants_match([next(iter(n)) for n in fact.participants], p.participants)),
                None,
            )
            if hit is None:
                continue
            unused.remove(hit)
            totals["matched"] += 1
            per_predicate[fact.predicate]["matched"] += 1
            if fact.time:
                totals["timed"] += 1
                totals["time_right"] += hit.time == fact.time
            totals["source_right"] += _source_match(fact.source, hit.source)
        totals["gold"] += len(gold)
        totals["predicted"] += len(scored)
        for fact in scored:
            per_predicate[fact.predicate]["predicted"] += 1
    matched = totals["matched"]
    return {
        "articles": len(articles),
        "gold_facts": totals["gold"],
        "predicted_facts": totals["predicted"],
        "matched": matched,
        "precision": _ratio(matched, totals["predicted"]),
        "recall": _ratio(matched, totals["gold"]),
        "f1": _ratio(2 * matched, totals["gold"] + totals["predicted"]),
        "time_accuracy": _ratio(totals["time_right"], totals["timed"]),
        "timed_matches": totals["timed"],
        "source_accuracy": _ratio(totals["source_right"], matched),
        "per_predicate": {
            name: {
                "gold": counts["gold"],
                "predicted": counts["predicted"],
                "matched": counts["matched"],
                "precision": _ratio(counts["matched"], counts["predicted"]),
                "recall": _ratio(counts["matched"], counts["gold"]),
            }
            for name, counts in sorted(per_predicate.items())
        },
    }


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def read_gold(path: Path) -> list[dict[str, Any]]:
    """The gold's records (``{"id", "facts": [...]}`` per line); a bad file or line is an InputError naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the gold facts ({error})", input=str(path)) from error
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            gold_keys({"id": record["id"], **record})  # reading every field the scorer uses is the check
        except KeyError as error:
            raise InputError(f"not a gold facts record: no {error}", input=str(path), location=f"line {number}") from error
        except (json.JSONDecodeError, TypeError) as error:
            raise InputError(f"not a gold facts record ({error})", input=str(path), location=f"line {number}") from error
        records.append(record)
    return records


def benchmark_facts(gold_path: Path, *, articles: Path, predictions: Path | None = None) -> dict[str, Any]:
    """Run the pipeline on the gold's articles (read from ``articles``) and score its facts."""
    gold = read_gold(gold_path)
    wanted = {record["id"] for record in gold}
    documents = {
        item.id: item for item in iter_documents([str(articles)]) if isinstance(item, Document) and item.id in wanted
    }
    missing = wanted - set(documents)
    if missing:
        raise InputError(f"{len(missing)} gold articles are not in the file, e.g. {min(missing)}", input=str(articles))
    analyses = {
        result.document.id: result
        for result in analyse_many([documents[record["id"]] for record in gold])
        if isinstance(result, Analysis)
    }
    pairs = [(gold_keys(record), predicted_keys(analyses[record["id"]])) for record in gold]
    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as stream:
            for record in gold:
                facts = [key.line for key in predicted_keys(analyses[record["id"]])]
                stream.write(json.dumps({"id": record["id"], "facts": facts}, ensure_ascii=False) + "\n")
    results = score_facts(pairs)
    results["gold"] = str(gold_path)
    return results
