"""Contradictions between articles, each reported with both pieces of evidence (nothing is deleted).

Four kinds:

- ``time``: an event that happens once (kb.yaml ``single_occurrence``) given incompatible times;
- ``polarity``: one source asserts what another denies;
- ``age``: ages or birth dates of one person that cannot all be true;
- ``ended``: a relation one article says has ended, treated as current by a later article.

A fact in the future tense is a plan or a prediction, not an event that has happened: it contradicts
another plan ("will marry" vs "will not marry", "will marry in June" vs "in July"), not a past event
("will not be released as a single" vs a release in 1985), nor a planned date the date the event took
place; a planned end ends nothing, and a planned state is not treated as current.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Connection, or_, select

from dateline.kb.facts import KbFact
from dateline.kb.rules import kb_rules
from dateline.kb.statement_key import StatementKey, normalise_object_text
from dateline.kb.statements import facts_where, group_statements, statements_with
from dateline.store import tables as t

__all__ = [
    "Contradiction",
    "ContradictionEvidence",
    "age_conflicts_by_entity",
    "compute_contradictions",
    "ended_conflicts",
    "polarity_conflicts",
    "time_conflicts",
]


class ContradictionEvidence(BaseModel):
    """One side of a contradiction, pointing at its article and span."""

    claim: str
    source: str
    document_id: str
    document_title: str | None
    document_date: dt.date | None
    evidence: tuple[int, int]
    fact: str | None = None


class Contradiction(BaseModel):
    """Two statements that cannot both be true."""

    kind: str
    description: str
    entities: list[str]
    evidence: list[ContradictionEvidence]


def _side(fact: KbFact, claim: str) -> ContradictionEvidence:
    return ContradictionEvidence(
        claim=claim,
        source=fact.source.label(),
        document_id=fact.document_id,
        document_title=fact.document_title,
        document_date=fact.document_date,
        evidence=(fact.evidence_start, fact.evidence_end),
        fact=fact.key,
    )


def _who(fact: KbFact) -> str:
    return " and ".join(fact.participant_names)


def _what(fact: KbFact, key: StatementKey) -> str:
    """The predicate and what it is about ("born_in Kenya"), with an award's year when the statement has one
    ("won_award best actor (2005)", as `asof` and the entity page show it): without the object, 'Barack
    Obama born_in: asserted by ..., denied by ...' does not say which place is disputed, and without the
    year, which of two ceremonies' awards is."""
    about = fact.object_name or fact.arguments.get("object_text")
    what = f"{key.predicate} {about}" if about else key.predicate
    return what if key.year is None else f"{what} ({key.year})"


def time_conflicts(facts: list[KbFact]) -> list[Contradiction]:
    """One contradiction per pair of incompatible times of a once-only event, with every fact behind each."""
    rules = kb_rules()
    found = []
    for key, group in group_statements(facts).items():
        parsed = StatementKey.parse(key)
        predicate = parsed.predicate
        if predicate not in rules.single_occurrence:
            continue
        # plans and events apart: a planned date is no second date of the event
        versions: dict[tuple[bool, Any, Any], list[KbFact]] = defaultdict(list)
        for fact in group:
            if fact.polarity == "positive" and fact.time_start and fact.time_end:
                versions[(fact.future, fact.time_start, fact.time_end)].append(fact)
        for ((left_plan, *left_span), left), ((right_plan, *right_span), right) in itertools.combinations(
            sorted(versions.items()), 2
        ):
            if left_plan == right_plan and (left_span[1] < right_span[0] or right_span[1] < left_span[0]):
                first, second = left[0], right[0]
                found.append(
                    Contradiction(
                        kind="time",
                        description=f"{_who(first)} {_what(first, parsed)}: {first.time} vs {second.time}",
                        entities=first.participant_names,
                        evidence=[_side(f, f"{predicate} {f.time}") for f in left + right],
                    )
                )
    return found


def polarity_conflicts(facts: list[KbFact]) -> list[Contradiction]:
    """One contradiction per statement and pair of sources, one asserting it and one denying it."""
    found = []
    for key, group in group_statements(facts).items():
        parsed = StatementKey.parse(key)
        predicate = parsed.predicate
        asserted = _by_source(f for f in group if f.polarity == "positive" and f.certainty in ("certain", "probable"))
        denied = _by_source(f for f in group if f.polarity == "negative")
        for (yes_source, yes), (no_source, no) in itertools.product(asserted.items(), denied.items()):
            if yes_source == no_source and len({f.document_id for f in yes + no}) == 1:
                continue  # one source in one article: a correction within the article, not a contradiction
            pairs = [(y, n) for y in yes for n in no if _clash(y, n)]
            if not pairs:
                continue
            yes = [f for f in yes if any(y is f for y, _ in pairs)]
            no = [f for f in no if any(n is f for _, n in pairs)]
            found.append(
                Contradiction(
                    kind="polarity",
                    description=f"{_who(yes[0])} {_what(yes[0], parsed)}: asserted by {yes_source}, denied by {no_source}",
                    entities=yes[0].participant_names,
                    evidence=[_side(f, predicate) for f in yes] + [_side(f, f"not {predicate}") for f in no],
                )
            )
    return found


def _clash(asserted: KbFact, denied: KbFact) -> bool:
    """Can an assertion and a denial be about the same event? Not when one is a plan or prediction (future
    tense) and the other an event that had happened by then: said in the past tense, or dated before the
    plan's article ("will not be released as a single" says nothing of a release in 1985). Two plans, or
    two events, can clash. An award kept as text (``object_text_predicates``) must be named alike by both,
    and, told in two articles, be dated to the same time by both: a category names no ceremony or year, and
    award-season news has one star win "best actor" at one ceremony and lose it at the next."""
    if asserted.predicate in kb_rules().object_text_predicates and not _same_award(asserted, denied):
        return False
    plans = [fact for fact in (asserted, denied) if fact.future]
    if len(plans) != 1:
        return True
    plan = plans[0]
    event = denied if plan is asserted else asserted
    return not _happened_before(event, plan)


def _same_award(one: KbFact, other: KbFact) -> bool:
    if not _same_object_text(one, other):
        return False
    return one.document_id == other.document_id or _same_time(one, other)


def _same_time(one: KbFact, other: KbFact) -> bool:
    start, end, other_start, other_end = one.time_start, one.time_end, other.time_start, other.time_end
    if start is None or end is None or other_start is None or other_end is None:
        return False
    return start <= other_end and other_start <= end


def _same_object_text(one: KbFact, other: KbFact) -> bool:
    texts = [normalise_object_text(fact.arguments.get("object_text")) for fact in (one, other)]
    return bool(texts[0]) and texts[0] == texts[1]


def _happened_before(event: KbFact, plan: KbFact) -> bool:
    if event.tense == "past":
        return True
    return bool(event.time_end and plan.document_date and event.time_end < plan.document_date)


def _by_source(facts: Iterable[KbFact]) -> dict[str, list[KbFact]]:
    grouped: dict[str, list[KbFact]] = defaultdict(list)
    for fact in facts:
        grouped[fact.source.label()].append(fact)
    return grouped


def ended_conflicts(facts: list[KbFact]) -> list[Contradiction]:
    """A relation treated as current by an article later than the first one saying it had ended."""
    rules = kb_rules()
    found = []
    by_participants: dict[tuple[int, ...], list[KbFact]] = defaultdict(list)
    for fact in facts:
        by_participants[tuple(sorted(set(fact.participants)))].append(fact)
    for group in by_participants.values():
        for state, enders in rules.ended_by.items():
            ends = sorted(  # a planned divorce ends nothing yet
                (
                    f for f in group
                    if f.predicate in enders and f.polarity == "positive" and not f.future and f.sort_date and f.document_date
                ),
                key=lambda f: f.document_date,  # type: ignore[arg-type,return-value]
            )
            for later in group:
                end = next((e for e in ends if _ended_before(e, later, state)), None)
                if end is not None:
                    found.append(
                        Contradiction(
                            kind="ended",
                            description=f"{_who(later)} {state}: ended ({end.predicate}, {end.time or end.document_date}) "
                            f"but treated as current on {later.document_date}",
                            entities=later.participant_names,
                            evidence=[_side(end, f"{end.predicate}"), _side(later, f"{state} (current)")],
                        )
                    )
    return found


def _ended_before(end: KbFact, later: KbFact, state: str) -> bool:
    """Does ``later`` treat ``state`` as current in an article after ``end`` said it had ended?"""
    return bool(
        later.predicate == state
        and later.polarity == "positive"
        and not later.future  # "will marry" does not treat a marriage as current
        and not later.valid_to
        and later.document_date
        and later.document_date > end.document_date  # type: ignore[operator]
        and (later.time_start is None or later.time_start > end.sort_date)  # type: ignore[operator]
    )


def age_conflicts_by_entity(connection: Connection, entity_ids: Sequence[int] | None) -> dict[int, list[Contradiction]]:
    """Birth dates of one person that cannot all hold, for each of these entities (or every entity)."""
    a, links, e, d, c = t.entity_attributes, t.entity_links, t.entities, t.documents, t.canonical_entities
    query = (
        select(links.c.canonical_id, c.c.name, a.c.value, a.c.interval, a.c.start, a.c.end, a.c.as_of, e.c.document_id, d.c.title, d.c.date)
        .join(links, links.c.entity_key == a.c.entity_key)
        .join(c, c.c.id == links.c.canonical_id)
        .join(e, e.c.key == a.c.entity_key)
        .join(d, d.c.id == e.c.document_id)
        .where(a.c.name == "birth_date", a.c.interval.is_not(None))
        .order_by(links.c.canonical_id, a.c.id)
    )
    if entity_ids is not None:
        query = query.where(links.c.canonical_id.in_(list(entity_ids)))
    by_entity: dict[int, list[Any]] = defaultdict(list)
    for row in connection.execute(query):
        by_entity[row.canonical_id].append(row)
    found: dict[int, list[Contradiction]] = {}
    for entity_id, rows in by_entity.items():
        for left, right in itertools.combinations(rows, 2):
            l_start, l_end = left.interval.split("/")
            r_start, r_end = right.interval.split("/")
            if l_end < r_start or r_end < l_start:
                found.setdefault(entity_id, []).append(
                    Contradiction(
                        kind="age",
                        description=f"{left.name}: born {left.interval} vs {right.interval}",
                        entities=[left.name],
                        evidence=[_attribute_side(left), _attribute_side(right)],
                    )
                )
    return found


def _attribute_side(row) -> ContradictionEvidence:  # type: ignore[no-untyped-def]
    return ContradictionEvidence(
        claim=f"born {row.interval} (as of {row.as_of})",
        source="author",
        document_id=row.document_id,
        document_title=row.title,
        document_date=row.date,
        evidence=(row.start, row.end),
    )


def _candidate_facts(connection: Connection, entity_id: int | None) -> list[KbFact]:
    """Only the facts that can take part in a contradiction, chosen in SQL from the fact index."""
    rules = kb_rules()
    index = t.canonical_facts
    denied = statements_with(entity_id, index.c.status == "denied")
    asserted = statements_with(entity_id, index.c.status != "denied")
    watched = set(rules.single_occurrence) | set(rules.ended_by) | {p for ps in rules.ended_by.values() for p in ps}
    prefixes = sorted({rules.statement(predicate) for predicate in watched})
    condition = or_(
        index.c.statement.in_(denied.intersect(asserted).subquery().select()),
        *[index.c.statement.like(StatementKey.predicate_pattern(prefix)) for prefix in prefixes],
    )
    return facts_where(connection, entity_id, condition)


def compute_contradictions(connection: Connection, entity_id: int | None = None) -> list[Contradiction]:
    """Every contradiction involving the entity (or any entity), computed from its facts now.

    This is what the stored contradictions (:mod:`dateline.kb.contradiction_store`) must equal; it reads
    every candidate fact of the entity, so the knowledge base computes it when it resolves, not when asked.
    """
    facts = _candidate_facts(connection, entity_id)
    ages = age_conflicts_by_entity(connection, None if entity_id is None else [entity_id])
    return (
        time_conflicts(facts)
        + polarity_conflicts(facts)
        + [conflict for conflicts in ages.values() for conflict in conflicts]
        + ended_conflicts(facts)
    )

