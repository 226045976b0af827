"""Contradictions computed when the knowledge base is resolved, stored in list order, read a page at a time.

Every contradiction comes from one *scope*, the smallest set of facts or attributes that decides it, so
that a change recomputes only the scopes it touches:

- ``statement:<statement>``: the time and polarity contradictions of one statement (all its facts);
- ``ended:<participants>``: relations ended and later treated as current among the same participants;
- ``ended:<participants>@<object>``: the same as the object of those facts sees them (its facts only);
- ``ended:`` the facts without linked participants, taken together as the list of all contradictions does;
- ``age:<entity>``: the birth dates one entity is given.

Each stored contradiction keeps the entities whose list shows it (and those it only names) and its place
in the lists, so that :func:`stored_contradictions` pages in SQL; the documents a scope rests on are kept
once per scope, to find the scopes a re-analysed document touched.
The results are those :func:`dateline.kb.contradictions.compute_contradictions` gives from the facts.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, func, insert, or_, select, true

from dateline.errors import StoreError
from dateline.kb.contradictions import (
    Contradiction,
    ContradictionEvidence,
    age_conflicts_by_entity,
    ended_conflicts,
    polarity_conflicts,
    time_conflicts,
)
from dateline.kb.facts import KbFact, load_facts
from dateline.kb.rules import kb_rules
from dateline.kb.statement_key import StatementKey
from dateline.store import tables as t

__all__ = [
    "contradictions_stale",
    "count_stored_contradictions",
    "mark_contradictions_stale",
    "refresh_all_contradictions",
    "refresh_contradictions",
    "scopes_of_documents",
    "scopes_of_entities",
    "scopes_of_facts",
    "stored_contradictions",
]

RANKS = {"time": 0, "polarity": 1, "age": 2, "ended": 3}  # the order of kinds in every list
_UNDATED = dt.date.max  # undated articles sort last, as in the facts' chronology
_STATE = "contradictions"


@dataclass
class _Found:
    """One contradiction of a scope, with where it is listed and what it depends on."""

    scope: str
    contradiction: Contradiction
    group: tuple[dt.date, str]
    ordinal: int
    listed_by: set[int]
    named: set[int]
    listed: bool
    documents: set[str] = field(default_factory=set)


# -- which scopes a change touches -----------------------------------------------------------------


def _statement_scopes(statement: str) -> set[str]:
    key = StatementKey.parse(statement)
    participants = key.participants_part
    scopes = {f"statement:{statement}", f"ended:{participants}"} if participants else {"ended:"}
    if key.object is not None and key.object not in key.participants:
        scopes.add(f"ended:{participants}@{key.object}")
    return scopes


def scopes_of_facts(connection: Connection, fact_keys: Sequence[str]) -> set[str]:
    """The scopes the facts with these keys belong to, as the fact index has them now."""
    scopes: set[str] = set()
    keys = sorted(set(fact_keys))
    for offset in range(0, len(keys), 500):
        query = select(t.canonical_facts.c.statement).where(t.canonical_facts.c.fact_key.in_(keys[offset : offset + 500]))
        for statement in set(connection.execute(query).scalars()):
            scopes |= _statement_scopes(statement)
    return scopes


def scopes_of_documents(connection: Connection, document_ids: Sequence[str]) -> set[str]:
    """The scopes of the stored contradictions that rest on these documents (replaced or re-analysed ones)."""
    c, d = t.contradictions, t.contradiction_documents
    ids = sorted(set(document_ids))
    scopes: set[str] = set()
    for offset in range(0, len(ids), 500):
        query = select(c.c.scope).join(d, d.c.contradiction_id == c.c.id).where(d.c.document_id.in_(ids[offset : offset + 500]))
        for scope in set(connection.execute(query).scalars()):
            # A statement that loses facts may stop being a candidate, which moves its participants' ended group.
            scopes |= _statement_scopes(scope[10:]) if scope.startswith("statement:") else {scope}
    return scopes


def scopes_of_entities(connection: Connection, entity_ids: Iterable[int], *, with_facts: bool = False) -> set[str]:
    """The scopes that show these entities' names: contradictions listing or naming them, facts they are the
    source of, their ages; with ``with_facts``, also the scopes of every fact indexed under them."""
    ids = sorted(set(entity_ids))
    c, ce, f, a, links = t.contradictions, t.contradiction_entities, t.facts, t.attributions, t.entity_links
    scopes = {f"age:{entity_id}" for entity_id in ids}
    for offset in range(0, len(ids), 500):
        chunk = ids[offset : offset + 500]
        listed = select(c.c.scope).join(ce, ce.c.contradiction_id == c.c.id).where(ce.c.canonical_id.in_(chunk))
        scopes.update(connection.execute(listed).scalars())
        members = select(links.c.entity_key).where(links.c.canonical_id.in_(chunk))
        sourced = (
            select(f.c.key)
            .join(a, a.c.key == f.c.attribution_key)
            .where(or_(a.c.source_entity_key.in_(members), a.c.via_entity_key.in_(members)))
        )
        keys = list(connection.execute(sourced).scalars())
        if with_facts:
            index = t.canonical_facts
            keys += connection.execute(select(index.c.fact_key).where(index.c.canonical_id.in_(chunk))).scalars()
        scopes |= scopes_of_facts(connection, keys)
    return scopes


# -- computing scopes ------------------------------------------------------------------------------


def _anchors(scope: str) -> list[int | None]:
    """The entities under which the fact index holds every fact of a statement or ended scope (the facts
    without participants are under no single one: None)."""
    kind, _, key = scope.partition(":")
    if kind == "statement":
        statement = StatementKey.parse(key)
        return [*{*statement.participants, *([statement.object] if statement.object is not None else [])}]
    participants, _, viewer = key.partition("@")
    members: list[int | None] = [int(i) for i in participants.split("+") if i]
    if viewer:
        return [*members, int(viewer)]
    return members or [None]


def _chronology(row: Any) -> tuple[dt.date, str]:
    return (row.published or _UNDATED, row.fact_key)


def _fact_chronology(fact: KbFact) -> tuple[dt.date, str]:
    return (fact.document_date or _UNDATED, fact.key)


@dataclass(frozen=True)
class _Predicates:
    """The statement predicates that matter: any that contradictions watch, those that end a state, the states."""

    watched: frozenset[str]
    enders: frozenset[str]
    states: frozenset[str]

    @classmethod
    def from_rules(cls) -> _Predicates:
        rules = kb_rules()
        enders = {p for ps in rules.ended_by.values() for p in ps}
        watched = set(rules.single_occurrence) | set(rules.ended_by) | enders
        return cls(
            watched=frozenset(rules.statement(p) for p in watched),
            enders=frozenset(rules.statement(p) for p in enders),
            states=frozenset(rules.statement(p) for p in rules.ended_by),
        )


class _Anchored:
    """The index rows under one entity (or of the facts without participants), and the scopes computed from them."""

    def __init__(self, rows: Iterable[Any], predicates: _Predicates) -> None:
        self.predicates = predicates
        self.rows: dict[str, list[Any]] = defaultdict(list)
        self.keys: dict[str, StatementKey] = {}
        self.by_participants: dict[str, list[str]] = defaultdict(list)
        self.by_object: dict[tuple[str, str], list[str]] = defaultdict(list)  # (participants, object id) -> statements
        for row in rows:
            if row.statement not in self.rows:
                key = self.keys[row.statement] = StatementKey.parse(row.statement)
                self.by_participants[key.participants_part].append(row.statement)
                self.by_object[(key.participants_part, "" if key.object is None else str(key.object))].append(row.statement)
            self.rows[row.statement].append(row)

    def predicate(self, statement: str) -> str:
        return self.keys[statement].predicate if statement in self.keys else StatementKey.parse(statement).predicate

    def candidate(self, statement: str) -> bool:
        """Can the statement take part in a contradiction (see contradictions._candidate_facts)?"""
        if self.predicate(statement) in self.predicates.watched:
            return True
        statuses = {row.status == "denied" for row in self.rows.get(statement, [])}
        return statuses == {True, False}

    def group_statements(self, scope_key: str) -> list[str]:
        """The candidate statements of an ended scope: its participants (and object, seen from it)."""
        participants, _, viewer = scope_key.partition("@")
        statements = self.by_object.get((participants, viewer), []) if viewer else self.by_participants.get(participants, [])
        return [statement for statement in statements if self.candidate(statement)]

    def needed(self, scope: str) -> list[str]:
        """The keys of the facts a scope is computed from (none when it cannot hold a contradiction)."""
        kind, _, key = scope.partition(":")
        if kind == "statement":
            return [row.fact_key for row in self.rows.get(key, [])] if self.candidate(key) else []
        relevant = self.predicates.enders | self.predicates.states
        statements = [s for s in self.group_statements(key) if self.predicate(s) in relevant]
        live = {self.predicate(s) for s in statements if any(row.status != "denied" for row in self.rows[s])}
        if not live & self.predicates.enders or not live & self.predicates.states:
            return []
        return [row.fact_key for s in statements for row in self.rows[s]]

    def compute(self, scope: str, keys: list[str], loaded: dict[str, KbFact]) -> list[_Found]:
        kind, _, key = scope.partition(":")
        facts = sorted((loaded[k] for k in set(keys) if k in loaded), key=_fact_chronology)
        if not facts:
            return []
        if kind == "statement":
            statement = StatementKey.parse(key)
            listed_by = {*statement.participants, *([statement.object] if statement.object is not None else [])}
            group = _fact_chronology(facts[0])
            conflicts = [(c, i) for i, c in enumerate(time_conflicts(facts))]
            conflicts += [(c, i) for i, c in enumerate(polarity_conflicts(facts))]
            return [_found(scope, c, group, i, listed_by, True, loaded) for c, i in conflicts]
        participants, _, viewer = key.partition("@")
        ended = ended_conflicts(facts)
        if not ended:
            return []
        statements = self.group_statements(key)
        group = min(_chronology(row) for s in statements for row in self.rows[s])
        listed_by = {int(viewer)} if viewer else {int(i) for i in participants.split("+") if i}
        # A statement asserted and denied places the group as well: the articles doing so are watched too.
        placing = {
            row.fact_key.rpartition("/")[0]
            for s in statements if self.predicate(s) not in self.predicates.watched for row in self.rows[s]
        }
        found = [_found(scope, c, group, i, listed_by, not viewer, loaded) for i, c in enumerate(ended)]
        for item in found:
            item.documents |= placing
        return found


def _found(
    scope: str, contradiction: Contradiction, group: tuple[dt.date, str], ordinal: int, listed_by: set[int],
    listed: bool, loaded: dict[str, KbFact],
) -> _Found:
    facts = [loaded[e.fact] for e in contradiction.evidence if e.fact in loaded]
    named = listed_by | {cid for fact in facts for cid in fact.participants}
    documents = {e.document_id for e in contradiction.evidence} | {group[1].rpartition("/")[0]}
    return _Found(scope, contradiction, group, ordinal, listed_by, named, listed, documents)


def _index_rows(connection: Connection, anchors: list[int | None]) -> dict[int | None, list[Any]]:
    """The fact index rows under each anchor (None: the facts without participants)."""
    index = t.canonical_facts
    columns = select(index.c.canonical_id, index.c.fact_key, index.c.statement, index.c.status, index.c.published)
    rows: dict[int | None, list[Any]] = defaultdict(list)
    ids = [anchor for anchor in anchors if anchor is not None]
    if ids:
        for row in connection.execute(columns.where(index.c.canonical_id.in_(ids))):
            rows[row.canonical_id].append(row)
    if None in anchors:
        rows[None] = list(connection.execute(columns.where(index.c.statement.like(StatementKey.without_participants_pattern()))))
    return rows


def _index_sizes(connection: Connection, entity_ids: set[int]) -> dict[int, int]:
    """How many fact index rows each entity has."""
    index = t.canonical_facts
    ids = sorted(entity_ids)
    sizes: dict[int, int] = {}
    for offset in range(0, len(ids), 500):
        query = (
            select(index.c.canonical_id, func.count())
            .where(index.c.canonical_id.in_(ids[offset : offset + 500]))
            .group_by(index.c.canonical_id)
        )
        sizes.update((row[0], row[1]) for row in connection.execute(query))
    return sizes


def _batches(
    anchors: list[int | None], sizes: dict[int, int], *, budget: int = 50_000, most: int = 500
) -> list[list[int | None]]:
    """Anchors in batches of about ``budget`` index rows (and ``most`` anchors, which are bound parameters), so
    that a full refresh reads few but bounded pages."""
    batches: list[list[int | None]] = [[None]] if None in anchors else []
    current: list[int | None] = []
    total = 0
    for anchor in anchors:
        if anchor is None:
            continue
        if current and (total + sizes.get(anchor, 0) > budget or len(current) == most):
            batches.append(current)
            current, total = [], 0
        current.append(anchor)
        total += sizes.get(anchor, 0)
    return batches + ([current] if current else [])


def _age_found(connection: Connection, entity_ids: Sequence[int] | None) -> list[_Found]:
    found = []
    for entity_id, conflicts in age_conflicts_by_entity(connection, entity_ids).items():
        group = (_UNDATED, f"{entity_id:012d}")
        for ordinal, contradiction in enumerate(conflicts):
            documents = {e.document_id for e in contradiction.evidence}
            found.append(_Found(f"age:{entity_id}", contradiction, group, ordinal, {entity_id}, {entity_id}, True, documents))
    return found


def refresh_contradictions(connection: Connection, scopes: Iterable[str]) -> int:
    """Recompute and store the contradictions of these scopes (see the module's docstring); returns how many."""
    scopes = set(scopes)
    _delete(connection, scopes)
    return _store_scopes(connection, scopes)


def _store_scopes(connection: Connection, scopes: set[str]) -> int:
    ages = sorted(int(scope[4:]) for scope in scopes if scope.startswith("age:"))
    anchors = {scope: _anchors(scope) for scope in sorted(scopes) if not scope.startswith("age:")}
    sizes = _index_sizes(connection, {i for ids in anchors.values() for i in ids if i is not None})
    by_anchor: dict[int | None, list[str]] = defaultdict(list)
    for scope, candidates in anchors.items():
        # Any of them holds every fact of the scope: the one with the fewest rows is read fastest.
        by_anchor[min(candidates, key=lambda i: (sizes.get(i, 0), i) if i is not None else (0, 0))].append(scope)
    stored = 0
    for offset in range(0, len(ages), 500):
        stored += _insert(connection, _age_found(connection, ages[offset : offset + 500]))
    predicates = _Predicates.from_rules()
    for batch in _batches(sorted(by_anchor, key=lambda anchor: -1 if anchor is None else anchor), sizes):
        rows = _index_rows(connection, batch)
        needed: list[tuple[_Anchored, str, list[str]]] = []
        for anchor in batch:
            anchored = _Anchored(rows.get(anchor, []), predicates)
            needed.extend((anchored, scope, anchored.needed(scope)) for scope in by_anchor[anchor])
        loaded = {fact.key: fact for fact in load_facts(connection, sorted({k for _, _, keys in needed for k in keys}))}
        stored += _insert(connection, [found for anchored, scope, keys in needed for found in anchored.compute(scope, keys, loaded)])
    return stored


def refresh_all_contradictions(connection: Connection) -> int:
    """Recompute every contradiction of the knowledge base (after an upgrade or a rebuild); returns how many."""
    for table in (t.contradiction_documents, t.contradiction_entities, t.contradictions):
        connection.execute(delete(table))
    scopes: set[str] = set()
    for statement in connection.execute(select(t.canonical_facts.c.statement).distinct()).scalars():
        scopes |= _statement_scopes(statement)
    stored = _insert(connection, _age_found(connection, None))
    stored += _store_scopes(connection, scopes)
    connection.execute(delete(t.kb_state).where(t.kb_state.c.name == _STATE))
    return stored


def _delete(connection: Connection, scopes: set[str]) -> None:
    ordered = sorted(scopes)
    c = t.contradictions
    for offset in range(0, len(ordered), 500):
        ids = select(c.c.id).where(c.c.scope.in_(ordered[offset : offset + 500]))
        for table in (t.contradiction_documents, t.contradiction_entities):
            connection.execute(delete(table).where(table.c.contradiction_id.in_(ids)))
        connection.execute(delete(c).where(c.c.scope.in_(ordered[offset : offset + 500])))


def _order_values(found: _Found) -> dict[str, Any]:
    return {
        "rank": RANKS[found.contradiction.kind],
        "group_date": found.group[0],
        "group_key": found.group[1],
        "ordinal": found.ordinal,
    }


def _documents_once(found: list[_Found]) -> None:
    """Each document once per scope: finding a scope by a document is all they are for, and a busy scope
    would otherwise repeat hundreds of articles on each of its contradictions."""
    seen: dict[str, set[str]] = defaultdict(set)
    for item in found:
        item.documents -= seen[item.scope]
        seen[item.scope] |= item.documents


def _insert(connection: Connection, found: list[_Found]) -> int:
    if not found:
        return 0
    _documents_once(found)
    rows = [
        {
            "scope": item.scope,
            "kind": item.contradiction.kind,
            "description": item.contradiction.description,
            "entities": item.contradiction.entities,
            "evidence": [e.model_dump(mode="json") for e in item.contradiction.evidence],
            "listed": item.listed,
            **_order_values(item),
        }
        for item in found
    ]
    ids = connection.execute(
        insert(t.contradictions).returning(t.contradictions.c.id, sort_by_parameter_order=True), rows
    ).scalars().all()
    entity_rows = [
        {"canonical_id": cid, "contradiction_id": new_id, "listed": cid in item.listed_by, **_order_values(item)}
        for new_id, item in zip(ids, found)
        for cid in sorted(item.named | item.listed_by)
    ]
    document_rows = [
        {"contradiction_id": new_id, "document_id": document} for new_id, item in zip(ids, found) for document in sorted(item.documents)
    ]
    if entity_rows:  # a contradiction among facts without participants is in no entity's list
        connection.execute(insert(t.contradiction_entities), entity_rows)
    if document_rows:
        connection.execute(insert(t.contradiction_documents), document_rows)
    return len(rows)


# -- reading ---------------------------------------------------------------------------------------


def contradictions_stale(connection: Connection) -> bool:
    """Were the stored contradictions not computed yet (a knowledge base resolved before they were stored)?"""
    query = select(t.kb_state.c.value).where(t.kb_state.c.name == _STATE)
    return connection.execute(query).scalar_one_or_none() == "stale"


def mark_contradictions_stale(connection: Connection) -> None:
    """Have the next resolve compute every contradiction (a store filled without resolving, as benchmarks do)."""
    connection.execute(delete(t.kb_state).where(t.kb_state.c.name == _STATE))
    connection.execute(insert(t.kb_state).values(name=_STATE, value="stale"))


def _check(connection: Connection) -> None:
    if contradictions_stale(connection):
        raise StoreError("the contradictions of this knowledge base are not computed yet: run `dateline resolve`")


def stored_contradictions(
    connection: Connection, entity_id: int | None = None, *, limit: int | None = None, offset: int = 0
) -> list[Contradiction]:
    """One page of the contradictions involving the entity (or all), in the order compute_contradictions gives."""
    _check(connection)
    c = t.contradictions
    if entity_id is None:
        order = c
        query = select(c.c.kind, c.c.description, c.c.entities, c.c.evidence).where(c.c.listed == true())
    else:
        order = t.contradiction_entities
        query = (
            select(c.c.kind, c.c.description, c.c.entities, c.c.evidence)
            .join(order, order.c.contradiction_id == c.c.id)
            .where(order.c.canonical_id == entity_id, order.c.listed == true())
        )
    last = c.c.id if entity_id is None else order.c.contradiction_id
    query = query.order_by(order.c.rank, order.c.group_date, order.c.group_key, order.c.ordinal, last)
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    return [
        Contradiction(
            kind=row.kind,
            description=row.description,
            entities=row.entities,
            evidence=[ContradictionEvidence.model_validate(side) for side in row.evidence],
        )
        for row in connection.execute(query)
    ]


def count_stored_contradictions(connection: Connection, entity_id: int | None = None) -> int:
    """How many contradictions :func:`stored_contradictions` lists over all its pages."""
    _check(connection)
    if entity_id is None:
        query = select(func.count()).where(t.contradictions.c.listed == true())
    else:
        ce = t.contradiction_entities
        query = select(func.count()).where(ce.c.canonical_id == entity_id, ce.c.listed == true())
    return int(connection.execute(query).scalar_one())
