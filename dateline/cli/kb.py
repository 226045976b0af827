"""Knowledge-base commands: entities, entity, merge, split, timeline, asof, threads, contradictions, rumours, facts."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from pydantic import BaseModel
from rich.table import Table
from rich.text import Text

from dateline.cli.app import (
    DbOption,
    FormatOption,
    OutputFormat,
    app,
    console,
    existing_store,
    note_more_rows,
    print_json,
    print_rows,
)
from dateline.errors import InputError
from dateline.labels import attribute_summary, counted, document_label, entity_type, short_id, short_key
from dateline.timex import value_label

# The knowledge base imports SQLAlchemy: it is imported when a command opens it, not for --help.
if TYPE_CHECKING:
    from dateline.kb import CanonicalEntity, KbFact, KnowledgeBase, Statement
    from dateline.kb.appearances import StatedAttribute
    from dateline.kb.statements import StatementStep
    from dateline.kb.timeline import TimelineItem

EntityArgument = Annotated[str, typer.Argument(help="An entity's name (any of its names) or id.", show_default=False)]
EntityOption = Annotated[str | None, typer.Option("--entity", help="Only what involves this entity (name or id).")]


class Polarity(str, Enum):
    positive = "positive"
    negative = "negative"


class Certainty(str, Enum):
    certain = "certain"
    probable = "probable"
    possible = "possible"


def _documents(count: int) -> str:
    return f"{count} document" if count == 1 else f"{count} documents"


def _kb(db: str | None, *names: str | None) -> KnowledgeBase:
    """The store's knowledge base, resolved; ``names``, the entities the command was given, are checked
    for namesakes."""
    from dateline.cli.resolving import resolve_with_notice
    from dateline.kb import KnowledgeBase

    knowledge = KnowledgeBase(existing_store(db))
    resolve_with_notice(knowledge)  # documents stored by other means (the Python API, Dask loads) are linked first
    for name in names:
        _note_namesakes(knowledge, name)
    return knowledge


def _note_namesakes(knowledge: KnowledgeBase, name: str | None) -> None:
    """On standard error, when several entities go by ``name``: which one is shown, and the others' ids.
    A name shared by two people (or a person and a film) silently meant the one with most documents."""
    found = knowledge.namesakes(name) if name else []
    if len(found) < 2:
        return
    chosen, others = _described(found[0]), ", ".join(_described(other) for other in found[1:])
    typer.echo(f"Note: {len(found)} entities go by {name!r}: this is {chosen}; give the id of another: {others}.", err=True)


def _described(entity: CanonicalEntity) -> str:
    return f"{entity.id} {entity.name} ({entity.type}, {_documents(entity.documents)})"


def _date(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date YYYY-MM-DD", param_hint=name) from None


def _dump(items: Sequence[BaseModel]) -> list[dict[str, Any]]:
    return [item.model_dump(mode="json") for item in items]


@app.command("entities")
def entities_command(
    db: DbOption = None,
    format: FormatOption = OutputFormat.table,
    name: Annotated[str | None, typer.Option("--name", help="Only entities with a name containing this.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="Only entities of this type: PERSON, ORG, GPE, LOC, WORK, EVENT, NORP or OTHER (any case).")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Most rows to show.")] = 100,
    offset: Annotated[int, typer.Option(min=0, help="Rows to skip.")] = 0,
) -> None:
    """List the canonical entities across articles: name, type, aliases, document count.

    Example: dateline entities --type PERSON
    """
    found = _kb(db).entities(name=name, type=entity_type(type), limit=limit, offset=offset)
    if format is OutputFormat.json:
        print_json(_dump(found))
        note_more_rows(len(found), limit=limit, offset=offset)
        return
    rows = [
        {"id": e.id, "name": e.name, "type": e.type, "aliases": e.aliases, "documents": e.documents,
         "born": e.birth_interval}
        for e in found
    ]
    print_rows(rows, format=format, title="entities")
    note_more_rows(len(found), limit=limit, offset=offset)


@app.command("resolve")
def resolve_command(
    db: DbOption = None,
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Resolve every document again from scratch (keeps corrections).")
    ] = False,
) -> None:
    """Link the stored documents' entities across articles (ingest does this; run it after changing rules).

    Example: dateline resolve --rebuild
    """
    from dateline.cli.resolving import interrupted_resolving, resolve_with_notice
    from dateline.kb import KnowledgeBase

    knowledge = KnowledgeBase(existing_store(db))
    with interrupted_resolving():
        summary = knowledge.rebuild() if rebuild else resolve_with_notice(knowledge)
    console.print(
        f"{summary.entities} entities of {counted(summary.documents, 'document')} resolved: {summary.merged} merged, "
        f"{summary.created} new; contradictions computed: {summary.contradictions}"
        + (" (all of them)" if summary.all_contradictions else ""),
        markup=False,
    )


@app.command("entity")
def entity_command(entity: EntityArgument, db: DbOption = None, format: FormatOption = OutputFormat.table) -> None:
    """Show one entity: its names, its attributes with the articles that state them, and its merges.

    Each document entity merged into it is listed with the rule, score and reasons of the merge.

    Example: dateline entity "Lena Marsh"
    """
    knowledge = _kb(db, entity)
    found = knowledge.entity(entity)
    links = knowledge.links(str(found.id))
    stated = knowledge.attributes(str(found.id))
    if format is OutputFormat.json:
        print_json({"entity": found.model_dump(mode="json"), "stated": _dump(stated), "links": _dump(links)})
        return
    console.print(Text(found.name, style="bold"), Text(f"({found.type}, id {found.id}), {_documents(found.documents)}"))
    if found.aliases:
        console.print("also: " + ", ".join(found.aliases), markup=False)
    if found.birth_interval:
        console.print(f"born between {found.birth_interval.replace('/', ' and ')}", markup=False)
    for attribute, values in attribute_summary(found.attributes, ((a.name, a.value) for a in stated)).items():
        console.print(f"{attribute}: {', '.join(values)}", markup=False)
    if stated:  # the summary above names no article: nothing told where "birthplace: kenya" came from
        print_rows(_stated_rows(stated), format=format, title="what the articles state")
    rows = [{"document": short_id(l.document_id), "name": l.name, "rule": l.rule, "score": l.score, "reasons": _reasons(l.reasons)} for l in links]
    print_rows(rows, format=format, title="merged from")


def _stated_rows(stated: list[StatedAttribute]) -> list[dict[str, Any]]:
    return [
        {
            "attribute": item.name,
            "value": item.value,
            "as of": item.as_of or "undated",
            "article": f"{document_label(item.document_title, item.document_id)}\n"
            f"{short_id(item.document_id)} [{item.evidence[0]}:{item.evidence[1]}]",
        }
        for item in stated
    ]


def _reasons(reasons: dict[str, Any]) -> str:
    return "; ".join(f"{key}: {value}" for key, value in reasons.items() if key != "rule")


@app.command()
def merge(
    keep: Annotated[str, typer.Argument(help="The entity to keep (name or id).", show_default=False)],
    other: Annotated[str, typer.Argument(help="The entity merged into it (name or id).", show_default=False)],
    db: DbOption = None,
) -> None:
    """Merge two entities that are one; the correction is kept and survives re-ingest.

    Example: dateline merge 12 40
    """
    merged = _kb(db, keep, other).merge(keep, other)
    console.print(f"merged into {merged.name} (id {merged.id}), {_documents(merged.documents)}", markup=False)


@app.command()
def split(
    entity: EntityArgument,
    document: Annotated[
        list[str],
        typer.Option(
            "--document", help="A document whose mentions move to a new entity: its id or its start (repeatable)."
        ),
    ],
    db: DbOption = None,
) -> None:
    """Split the mentions in some documents off an entity into a new one; the correction survives re-ingest.

    Example: dateline split "Daniel Price" --document price-2
    """
    knowledge = _kb(db, entity)
    # A document as the tables name it: its id, or its start ("46b36f1fd208", as `merged from` shows it).
    documents = [knowledge.store.document_id(name) for name in document]
    created = knowledge.split(entity, documents=documents)
    console.print(f"new entity {created.name} (id {created.id}), {_documents(created.documents)}", markup=False)


@app.command("timeline")
def timeline_command(
    entity: EntityArgument,
    db: DbOption = None,
    format: FormatOption = OutputFormat.table,
    start: Annotated[str | None, typer.Option("--from", help="Only facts on or after this date (YYYY-MM-DD).")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Only facts on or before this date (YYYY-MM-DD).")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Most facts to show.")] = 200,
    offset: Annotated[int, typer.Option(min=0, help="Facts to skip.")] = 0,
) -> None:
    """An entity's facts in time order, with date, predicate, others, certainty, source and article.

    Undated facts are placed at their article's date (marked 'article').
    Example: dateline timeline "Lena Marsh" --from 2025-01-01
    """
    knowledge = _kb(db, entity)
    found = knowledge.entity(entity)
    first, last = _date(start, "--from"), _date(end, "--to")
    if first and last and first > last:  # it answered "No timeline of ..." as if the entity had no facts
        raise typer.BadParameter(f"{start} is after --to {end}", param_hint="--from")
    items = knowledge.timeline(str(found.id), start=first, end=last, limit=limit, offset=offset)
    if format is OutputFormat.json:
        print_json(_dump(items))
        note_more_rows(len(items), limit=limit, offset=offset)
        return
    rows = [
        {
            "date": _timeline_date(item),
            "fact": item.predicate + (" [denied]" if item.polarity == "negative" else "")
            + (" [future]" if item.tense == "future" else ""),
            "with": _timeline_with(item),
            "place": item.place,
            "certainty": item.certainty,
            "source": item.source,
            "article": _where(item.document_title, item.document_id, item.fact, item.document_date or "undated"),
        }
        for item in items
    ]
    print_rows(rows, format=format, title=f"timeline of {found.name}")
    note_more_rows(len(items), limit=limit, offset=offset)


def _where(title: str | None, document_id: str, fact: str | None, date: object = None) -> str:
    """The article a fact is in, and under it the fact's key ("news-12/F3"): a title alone named no
    document to open (`dateline show news-12`, the web page's /documents/news-12#fact-F3), and two articles
    may share a title."""
    label = document_label(title, document_id) + (f" ({date})" if date else "")
    return f"{label}\n{short_key(fact or document_id, document_id)}"


def _timeline_date(item: TimelineItem) -> str:
    """The fact's date; '(article)' when its article's date stands in; 'undated' when neither gives one."""
    if item.dated_by == "article":
        return f"{item.date} (article)" if item.date else "undated"
    return value_label(item.date) if item.date else ""


def _timeline_with(item: TimelineItem) -> str:
    """The others, the object (or what the text names it: "best actress"); '←' before those whose fact it
    is when the entity is the object ("← Jerry Digney" works_for Ray Charles)."""
    names = ", ".join(item.others + [x for x in (item.object, item.object_text) if x])
    return f"← {names}" if item.as_object and names else names


def _step_text(step: StatementStep, statement: Statement) -> str:
    """'confirmed in Rome (2025-04-07, Dana Quill; story-7/F1)': where it happened, and what it is about
    when the step names it otherwise than the statement ("Golden Globe" in a statement of "Golden Globe
    award"); the step repeated the statement's award after its source ("author: tour"), read as a quote."""
    about = f' "{step.object_text}"' if step.object_text and step.object_text != statement.object_text else ""
    place = f" in {step.place}" if step.place else ""
    key = short_key(step.fact or step.document_id, step.document_id)
    return f"{step.status}{about}{place} ({step.date or 'undated'}, {step.source}; {key})"


def _statement_rows(statements: list[Statement]) -> list[dict[str, Any]]:
    return [
        {
            "statement": f"{' and '.join(s.participants)} {s.predicate}" + (f" {about}" if (about := s.object or s.object_text) else "")
            + (f" ({s.year})" if s.year else ""),
            "status": s.status,
            "history": " → ".join(_step_text(step, s) for step in s.steps),
        }
        for s in statements
    ]


@app.command("asof")
def asof_command(
    entity: EntityArgument,
    date: Annotated[str, typer.Argument(help="The date (YYYY-MM-DD).", show_default=False)],
    db: DbOption = None,
    format: FormatOption = OutputFormat.table,
    limit: Annotated[int, typer.Option(min=1, help="Most statements to show.")] = 200,
    offset: Annotated[int, typer.Option(min=0, help="Statements to skip.")] = 0,
) -> None:
    """What the articles published up to DATE said about an entity: each statement's latest status.

    Newest statement first. Articles without a date are left out, and counted on standard error.

    Example: dateline asof "Lena Marsh" 2025-03-01
    """
    day = _date(date, "DATE")
    assert day is not None
    knowledge = _kb(db, entity)
    statements = knowledge.asof(entity, day, limit=limit, offset=offset)
    if format is OutputFormat.json:
        print_json(_dump(statements))
        note_more_rows(len(statements), limit=limit, offset=offset)
        return
    if statements:
        print_rows(_statement_rows(statements), format=format, title=f"as of {day}")
    elif offset:  # a page past the last one: the entity may well have statements
        console.print(f"No more statements past --offset {offset}.", markup=False)
    else:
        console.print(f"No statement about {knowledge.entity(entity).name} in the articles published by {day}.", markup=False)
    note_more_rows(len(statements), limit=limit, offset=offset)
    _note_undated(knowledge.undated_statements(entity))


def _note_undated(count: int) -> None:
    """On standard error: statements left out because no article of theirs has a date (the reader would
    otherwise take an empty or short answer for all the store knows)."""
    if count:
        typer.echo(f"{counted(count, 'statement')} only in articles without a date left out (see `dateline timeline`).",
                   err=True)


@app.command("threads")
def threads_command(
    entity: EntityOption = None,
    db: DbOption = None,
    format: FormatOption = OutputFormat.table,
    limit: Annotated[int, typer.Option(min=1, help="Most threads to show.")] = 200,
    offset: Annotated[int, typer.Option(min=0, help="Threads to skip.")] = 0,
) -> None:
    """Story threads: facts about the same participants and predicate family over time.

    Example: dateline threads --entity "Jonah Reyes"
    """
    from dateline.kb.statements import step_when, thread_period

    every = _kb(db, entity).threads(entity)
    found = every[offset : offset + limit]  # paged as the REST API pages them: a store has hundreds
    if len(every) > offset + limit:
        note_more_rows(len(found), limit=limit, offset=offset)
    if format is OutputFormat.json:
        print_json(_dump(found))
        return
    if not found:
        console.print("No threads.")
    for thread in found:
        table = Table(title=Text(f"{thread.title} ({thread_period(thread)}, {counted(thread.documents, 'article')})"))
        for column in ("date", "fact", "about", "place", "status", "source", "article"):
            table.add_column(column, overflow="fold")
        for step in thread.steps:  # a thread of travels showed no place: the one thing it is about
            about = ", ".join(x for x in (step.object, step.object_text) if x)
            cells = (step_when(step), step.predicate, about, step.place or "", step.status, step.source,
                     _where(step.document_title, step.document_id, step.fact))
            table.add_row(*(Text(cell) for cell in cells))
        console.print(table)


@app.command("contradictions")
def contradictions_command(
    entity: EntityOption = None,
    db: DbOption = None,
    format: FormatOption = OutputFormat.table,
    limit: Annotated[int, typer.Option(min=1, help="Most contradictions to show.")] = 200,
    offset: Annotated[int, typer.Option(min=0, help="Contradictions to skip.")] = 0,
) -> None:
    """Statements that cannot all be true, each with every piece of evidence (computed when articles are resolved).

    Example: dateline contradictions --entity "Lena Marsh"
    """
    found = _kb(db, entity).contradictions(entity, limit=limit, offset=offset)
    if format is OutputFormat.json:
        print_json(_dump(found))
        note_more_rows(len(found), limit=limit, offset=offset)
        return
    rows = [
        {
            "kind": c.kind,
            "contradiction": c.description,
            "evidence": " | ".join(
                f"{e.claim}: {e.source}, {document_label(e.document_title, e.document_id)} ({e.document_date or 'undated'}) "
                f"[{short_key(e.fact or e.document_id, e.document_id)}, {e.evidence[0]}:{e.evidence[1]}]"
                for e in c.evidence
            ),
        }
        for c in found
    ]
    print_rows(rows, format=format, title="contradictions")
    note_more_rows(len(found), limit=limit, offset=offset)


@app.command("rumours")
def rumours_command(
    entity: EntityOption = None,
    db: DbOption = None,
    format: FormatOption = OutputFormat.table,
    limit: Annotated[int, typer.Option(min=1, help="Most rumours to show.")] = 200,
    offset: Annotated[int, typer.Option(min=0, help="Rumours to skip.")] = 0,
) -> None:
    """Rumours: statements ever speculated or reported anonymously, and how their status moved, oldest first.

    Example: dateline rumours --entity "Lena Marsh"
    """
    found = _kb(db, entity).rumours(entity, limit=limit, offset=offset)
    if format is OutputFormat.json:
        print_json(_dump(found))
        note_more_rows(len(found), limit=limit, offset=offset)
        return
    print_rows(_statement_rows(found), format=format, title="rumours")
    note_more_rows(len(found), limit=limit, offset=offset)



@app.command("facts")
def facts_command(
    entity: EntityOption = None,
    db: DbOption = None,
    format: FormatOption = OutputFormat.table,
    place: Annotated[str | None, typer.Option("--place", help="Only facts that happened at this place (a name or id).")] = None,
    predicate: Annotated[str | None, typer.Option("--predicate", help="Only facts of this predicate (married, travel, dating ...).")] = None,
    start: Annotated[str | None, typer.Option("--from", help="Only facts on or after this date (YYYY-MM-DD).")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Only facts on or before this date (YYYY-MM-DD).")] = None,
    source: Annotated[
        str | None,
        typer.Option("--source", help="'author', 'anonymous', or words of the source, of the name it resolves to, or of the outlet it spoke through (any case)."),
    ] = None,
    polarity: Annotated[Polarity | None, typer.Option("--polarity", help="Only asserted (positive) or denied (negative) facts.")] = None,
    certainty: Annotated[Certainty | None, typer.Option("--certainty", help="Only facts of this certainty.")] = None,
    document: Annotated[str | None, typer.Option("--document", help="Only the facts of this document: its id or its start.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Most facts to show.")] = 100,
    offset: Annotated[int, typer.Option(min=0, help="Facts to skip.")] = 0,
) -> None:
    """Facts across articles, filtered by entity, place, predicate, dates, source, polarity, certainty or document.

    An entity's facts include those that happened at it ("married ... in Cannes" is Cannes's too); --place
    keeps only those. By date: the fact's own time, else its article's date (marked 'article'). What the REST API's
    /api/facts and KnowledgeBase.facts answer: every anonymous claim about someone, or all one outlet said.
    Example: dateline facts --entity "Lena Marsh" --source anonymous
    """
    from dateline.kb import FactFilter

    first, last = _date(start, "--from"), _date(end, "--to")
    if first and last and first > last:
        raise typer.BadParameter(f"{start} is after --to {end}", param_hint="--from")
    knowledge = _kb(db, entity)
    where = FactFilter(
        entity_id=knowledge.entity(entity).id if entity else None, place_id=knowledge.entity(place).id if place else None,
        predicate=predicate, start=first, end=last,
        source=source, polarity=polarity.value if polarity else None, certainty=certainty.value if certainty else None,
        document_id=knowledge.store.document_id(document) if document else None,
    )
    found = knowledge.facts(where, limit=limit, offset=offset)
    if format is OutputFormat.json:
        print_json(_dump(found))
    elif found or offset:
        print_rows([_fact_row(fact) for fact in found], format=format, title="facts")
    else:  # an empty table read as a failed command
        console.print("No facts match.")
    note_more_rows(len(found), limit=limit, offset=offset)


def _fact_row(fact: KbFact) -> dict[str, Any]:
    date = value_label(fact.time) if fact.time_start and fact.time else f"{fact.document_date or 'undated'} (article)"
    return {
        "date": date,
        "fact": fact.predicate + (" [denied]" if fact.polarity == "negative" else "")
        + (" [future]" if fact.tense == "future" else ""),
        "who": ", ".join(fact.participant_names),
        "with": ", ".join(x for x in (fact.object_name, fact.arguments.get("object_text")) if x),
        "place": fact.place_name or "",
        "certainty": fact.certainty,
        "source": fact.source.label(),
        "article": _where(fact.document_title, fact.document_id, fact.key, fact.document_date or "undated"),
    }


@app.command("export")
def export_command(
    format: Annotated[str, typer.Option("--format", help="json, jsonld, csv or graphml.")] = "json",
    output: Annotated[
        Path | None, typer.Option("--output", help="File (a folder for csv); json and jsonld print to stdout without it.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Export the knowledge base: JSON, JSON-LD (schema.org + PROV-O, evidence spans), CSV per table, GraphML.

    Example: dateline export --format jsonld --output kb.jsonld
    """
    # Without --output, json and jsonld go to stdout as they are written, a record at a time.
    try:
        _kb(db).export(format, output if output is not None else sys.stdout)
    except InputError as error:
        if output is not None or not isinstance(error.__cause__, BrokenPipeError):
            raise
        _reader_gone()


def _reader_gone() -> None:
    """``dateline export | head``: the reader took what it wanted and closed the pipe, which is no error
    (it printed "Error: <stdout>: cannot write the export (Broken pipe)"). Standard output goes to the null
    device, so that Python's last flush of it at exit does not fail on the closed pipe either."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
