"""Statements across articles: what was believed when (as-of), rumours and their status, story threads.

A statement is what a fact says, apart from who says it and how sure: its predicate (compared under
kb.yaml's ``statement_of``), its participants and its object, or the object's text when the text names no
entity for it (:class:`~dateline.kb.statement_key.StatementKey`). Each fact about it is one step in its
history, with a status:

- ``denied``: negative polarity ("is not dating");
- ``confirmed``: positive and certain, stated by the author or a named source;
- ``planned``: the same in the future tense ("will marry in June"): announced, not known to have happened;
- ``speculated``: possible or probable, or reported only by anonymous sources.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Connection, Select, func, select

from dateline.kb.facts import KbFact, load_facts
from dateline.kb.rules import kb_rules
from dateline.kb.statement_key import StatementKey
from dateline.store import tables as t
from dateline.timex import value_label

__all__ = [
    "Statement",
    "StatementStep",
    "Thread",
    "asof",
    "count_rumours",
    "count_undated_statements",
    "entity_facts",
    "facts_where",
    "group_statements",
    "rumours",
    "statement_from_facts",
    "statements_with",
    "status_of",
    "step_when",
    "thread_period",
    "threads",
]

def status_of(fact: KbFact) -> str:
    """denied, confirmed, planned or speculated (see the module's docstring)."""
    return fact.status


class StatementStep(BaseModel):
    """One article's word on a statement."""

    date: dt.date | None
    """The article's date (a step's place in the statement's history)."""
    time: str | None = None
    """When the fact happened as the text gives it (a TIMEX3 value: "1987", "2025-02-14"), if it does."""
    start: dt.date | None = None
    """The first day of ``time``, else the article's date: where the step falls in a story."""
    status: str
    polarity: str
    certainty: str
    tense: str | None = None
    predicate: str
    object: str | None = None
    object_text: str | None = None
    """What the fact is about when the text names no entity for it: an award kept as text ("best actress")."""
    place: str | None = None
    """Where it happened, the place entity's name ("married ... in Rome"): a statement of travels said none."""
    source: str
    document_id: str
    document_title: str | None
    evidence: tuple[int, int]
    fact: str

    @classmethod
    def from_fact(cls, fact: KbFact) -> StatementStep:
        return cls(
            date=fact.document_date,
            time=fact.time if fact.time_start else None,
            start=fact.sort_date,
            status=status_of(fact),
            polarity=fact.polarity,
            certainty=fact.certainty,
            tense=fact.tense,
            predicate=fact.predicate,
            object=fact.object_name,
            object_text=fact.arguments.get("object_text") or None,
            place=fact.place_name,
            source=fact.source.label(),
            document_id=fact.document_id,
            document_title=fact.document_title,
            evidence=(fact.evidence_start, fact.evidence_end),
            fact=fact.key,
        )


class Statement(BaseModel):
    """A statement, its current (latest) status, and how it got there."""

    # the field docstrings below are the OpenAPI descriptions: a REST user meets "year" and "object_text"
    model_config = ConfigDict(use_attribute_docstrings=True)

    predicate: str
    participants: list[str]
    object: str | None
    object_text: str | None = None
    """What the statement is about when the text names no entity for it, as its first step says it: an award
    kept as text ("best actress"); the statement is told apart from others by it (case and spacing aside)."""
    year: int | None = None
    """An award's year, when its facts give one: the statement of that year's ceremony (kb.yaml ``yearly_predicates``)."""
    status: str
    steps: list[StatementStep]

    @property
    def open(self) -> bool:
        return self.status == "speculated"


class Thread(BaseModel):
    """Facts about the same participants and predicate family over time."""

    title: str
    family: str
    participants: list[str]
    first: dt.date | None
    last: dt.date | None
    documents: int
    steps: list[StatementStep]


def facts_where(connection: Connection, entity_id: int | None, condition: Any = None) -> list[KbFact]:
    """Facts indexed under an entity (or any) that pass an SQL condition on the index, oldest article first."""
    index = t.canonical_facts
    query = select(index.c.fact_key).distinct()
    if entity_id is not None:
        query = query.where(index.c.canonical_id == entity_id)
    if condition is not None:
        query = query.where(condition)
    facts = load_facts(connection, list(connection.execute(query).scalars()))
    return sorted(facts, key=_chronology)


def entity_facts(connection: Connection, entity_id: int | None) -> list[KbFact]:
    """All facts indexed under an entity (or under any entity), oldest article first."""
    return facts_where(connection, entity_id)


def statements_with(entity_id: int | None, condition: Any) -> Select[Any]:
    """The statements (of an entity, or any) that have at least one index row passing ``condition``."""
    index = t.canonical_facts
    query = select(index.c.statement).where(condition)
    if entity_id is not None:
        query = query.where(index.c.canonical_id == entity_id)
    return query.distinct()


def _chronology(fact: KbFact) -> tuple[dt.date, str]:
    return (fact.document_date or dt.date.max, fact.key)


def _reading_order(fact: KbFact) -> tuple[dt.date, str, int, str]:
    """Oldest article first, and within an article in the order of its text, as the steps a reader sees:
    fact keys sort as strings ("F10" before "F9"), which is no order a reader knows."""
    return (fact.document_date or dt.date.max, fact.document_id, fact.evidence_start, fact.key)


def _story_order(fact: KbFact) -> tuple[bool, dt.date, str, int]:
    """When the fact happened (else its article's date), then in the order of its article's text: a
    thread tells a story, so the February dinner comes before the April trip the same article reports."""
    day = fact.sort_date
    return (day is None, day or dt.date.min, fact.document_id, fact.evidence_start)


def group_statements(facts: Iterable[KbFact]) -> dict[str, list[KbFact]]:
    """Facts grouped by the statement they make."""
    groups: dict[str, list[KbFact]] = defaultdict(list)
    for fact in facts:
        if fact.participants:
            groups[fact.statement].append(fact)
    return groups


def current_status(steps: list[StatementStep]) -> str:
    """The status the latest word gives a statement (``steps`` oldest first).

    The latest word is that of the last publication date; articles without a date cannot be ordered among
    themselves, so they are all the latest word. Within it, a firm word (confirmed, planned or denied) is
    not undone by a speculation beside it: an article that reports a death as fact and adds "a spokesman
    said" has not made the death a rumour. A plan or prediction comes before what becomes of it, so among
    them the outcome (confirmed or denied) outranks a plan: critics' "will win best film" does not undo
    another undated article's "went on to win best film". Between outcomes, the last one in order stands.
    """
    latest = [step for step in steps if step.date == steps[-1].date]
    firm = [step for step in latest if step.status != "speculated"]
    outcomes = [step for step in firm if step.status != "planned"]
    return (outcomes or firm or latest)[-1].status


def statement_from_facts(key: str, facts: list[KbFact]) -> Statement:
    """The statement ``key`` as these facts make it: each one a step, oldest article first."""
    steps = [StatementStep.from_fact(fact) for fact in sorted(facts, key=_reading_order)]
    names = {cid: name for fact in facts for cid, name in zip(fact.participants, fact.participant_names)}
    parsed = StatementKey.parse(key)
    return Statement(
        predicate=parsed.predicate,
        participants=[names.get(cid, str(cid)) for cid in parsed.participants],
        object=facts[0].object_name,
        object_text=next((step.object_text for step in steps if step.object_text), None) if parsed.object_text else None,
        year=parsed.year,
        status=current_status(steps),
        steps=steps,
    )


def asof(connection: Connection, entity_id: int, day: dt.date, *, limit: int | None = None, offset: int = 0) -> list[Statement]:
    """What the articles published up to ``day`` said about the entity: each statement's latest status.

    Newest statement first (by the date of its latest article). With ``limit``, only that page of
    statements is read from the store, so that an entity with thousands of facts answers as fast as
    one with a few. Articles without a date are left out: nobody can tell whether they were out by then.
    """
    index = t.canonical_facts
    published = select(index.c.fact_key).where(index.c.canonical_id == entity_id, index.c.published <= day)
    if limit is not None:
        page = (
            select(index.c.statement)
            .where(index.c.canonical_id == entity_id, index.c.published <= day)
            .group_by(index.c.statement)
            .order_by(func.max(index.c.published).desc(), index.c.statement.desc())
            .limit(limit)
            .offset(offset)
        )
        order = list(connection.execute(page).scalars())
        published = published.where(index.c.statement.in_(order))
    facts = sorted(load_facts(connection, list(connection.execute(published).scalars())), key=_chronology)
    groups = group_statements(facts)
    if limit is None:  # the page query's order otherwise, so that pages never overlap under any collation
        order = sorted(groups, key=lambda key: (groups[key][-1].document_date or dt.date.min, key), reverse=True)
    return [statement_from_facts(key, groups[key]) for key in order if key in groups]


def count_undated_statements(connection: Connection, entity_id: int) -> int:
    """How many of the entity's statements rest only on articles without a date, which :func:`asof`
    cannot place before or after any day."""
    index = t.canonical_facts
    undated = (
        select(index.c.statement)
        .where(index.c.canonical_id == entity_id)
        .group_by(index.c.statement)
        .having(func.count(index.c.published) == 0)
        .subquery()
    )
    return connection.execute(select(func.count()).select_from(undated)).scalar_one()


def rumours(connection: Connection, entity_id: int | None = None, *, limit: int | None = None, offset: int = 0) -> list[Statement]:
    """Statements that were ever speculated or reported by anonymous sources, with their status over time.

    Oldest rumour first (by its first article). With ``limit``, only that page of statements is read.
    """
    index = t.canonical_facts
    speculated = statements_with(entity_id, index.c.status == "speculated")
    if limit is None:
        groups = group_statements(facts_where(connection, entity_id, index.c.statement.in_(speculated)))
        order = sorted(groups, key=lambda key: (groups[key][0].document_date or dt.date.max, key))
    else:
        page = select(index.c.statement).where(index.c.statement.in_(speculated))
        if entity_id is not None:
            page = page.where(index.c.canonical_id == entity_id)
        page = (
            page.group_by(index.c.statement)
            .order_by(func.min(index.c.published).asc().nulls_last(), index.c.statement)
            .limit(limit)
            .offset(offset)
        )
        order = list(connection.execute(page).scalars())
        groups = group_statements(facts_where(connection, entity_id, index.c.statement.in_(order)))
    return [statement_from_facts(key, groups[key]) for key in order if key in groups]


def count_rumours(connection: Connection, entity_id: int | None = None) -> int:
    """How many statements :func:`rumours` would list."""
    speculated = statements_with(entity_id, t.canonical_facts.c.status == "speculated").subquery()
    return connection.execute(select(func.count()).select_from(speculated)).scalar_one()


def threads(connection: Connection, entity_id: int | None = None, *, min_facts: int = 2) -> list[Thread]:
    """Story threads: the facts of one predicate family between the same participants, over time.

    On the list of an entity that is the facts' object, not a participant, the thread is the
    participants' facts towards it: "Kellyanne Conway → Donald John Trump: career" on Trump's list.
    """
    rules = kb_rules()
    groups: dict[tuple[str, tuple[int, ...], int | None], list[KbFact]] = defaultdict(list)
    for fact in entity_facts(connection, entity_id):
        if fact.participants:
            towards = entity_id if entity_id is not None and entity_id not in fact.participants else None
            groups[(rules.family(fact.predicate), tuple(sorted(set(fact.participants))), towards)].append(fact)
    found = []
    for (family, participants, towards), facts in groups.items():
        if len(facts) < min_facts:
            continue
        names = {cid: name for fact in facts for cid, name in zip(fact.participants, fact.participant_names)}
        people = [names[cid] for cid in participants]
        steps = [StatementStep.from_fact(fact) for fact in sorted(facts, key=_story_order)]
        dates = [fact.sort_date for fact in facts if fact.sort_date]
        target = [facts[0].object_name or ""] if towards is not None else []
        title = f"{' → '.join([' and '.join(people), *target])}: {_family_title(family, len(people))}"
        if family == "romance" and _still_rumoured(steps):
            title += " rumours"
        found.append(
            Thread(
                title=title,
                family=family,
                participants=people + target,
                first=min(dates) if dates else None,
                last=max(dates) if dates else None,
                documents=len({step.document_id for step in steps}),
                steps=steps,
            )
        )
    return sorted(found, key=lambda thread: (-thread.documents, -len(thread.steps), thread.title))


def _still_rumoured(steps: list[StatementStep]) -> bool:
    """Whether a thread is still rumour: some step speculates, and no later article confirms. "romance
    rumours" stayed the title of a couple whose wedding a later article confirmed; a rumour denied stays a
    rumour. Undated articles cannot be ordered: with one among them, any speculation keeps the word."""
    speculated = [step.date for step in steps if step.status == "speculated"]
    confirmed = [step.date for step in steps if step.status == "confirmed"]
    if not speculated:
        return False
    if not confirmed or None in speculated or None in confirmed:
        return True
    return max(d for d in speculated if d) >= max(d for d in confirmed if d)


def _family_title(family: str, people: int) -> str:
    """kb.yaml's title of the family ("work together"), or, for one participant's own facts, that of
    ``family_titles_alone`` ("career"): one person's awards are no work done together."""
    rules = kb_rules()
    titles = rules.family_titles_alone if people == 1 else {}
    return titles.get(family) or rules.family_titles.get(family, family)


def thread_period(thread: Thread) -> str:
    """'2016-09-18 to 2016-09-26', one date when first and last agree, 'undated' when no step has one. A
    step's date is the fact's as the text gives it ("1987"), else its article's."""
    dated = [step_when(step) for step in thread.steps if step.start]
    if not dated:
        return "undated"
    return dated[0] if dated[0] == dated[-1] else f"{dated[0]} to {dated[-1]}"


def step_when(step: StatementStep) -> str:
    """When a step of a story happened: the fact's time as the text gives it, else its article's date."""
    return value_label(step.time) if step.time else str(step.date or "undated")
