"""Commands over articles and the store: extract, ingest, documents, show, errors, schema."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
)
from rich.text import Text

from dateline.cli.app import (
    DbOption,
    FormatOption,
    ModelOption,
    OutputFormat,
    app,
    console,
    err_console,
    existing_store,
    note_future_dates,
    note_more_rows,
    print_error,
    print_json,
    print_rows,
)
from dateline.config import LOCAL_SCHEDULER
from dateline.errors import DocumentError, NotFoundError
from dateline.ingest import iter_documents
from dateline.labels import counted, short_id
from dateline.model import Analysis

# The batch, pipeline, knowledge-base and store modules import spaCy or SQLAlchemy (over 1 s): they are
# imported inside the commands that use them, so that --help and the other commands do not wait for them.
if TYPE_CHECKING:
    from dateline.batch import IngestSummary
    from dateline.store import Store


PathsArgument = Annotated[
    list[str], typer.Argument(help="Article files, folders, globs, or - for standard input.", show_default=False)
]


@app.command()
def extract(paths: PathsArgument, model: ModelOption = None) -> None:
    """Analyse articles and print their analysis JSON (no store).

    One document prints one JSON object; several print JSON Lines. A bad input is reported on
    standard error and skipped; the exit code is 1 when no input could be analysed. A document dated
    after today is analysed, with a note on standard error (a likely typo: its relative times are
    anchored to that date).

    Example: dateline extract examples/*.txt
    """
    from dateline.batch.steps import dated_after
    from dateline.nlp import load_pipeline
    from dateline.pipeline import analyse_many

    nlp = load_pipeline(model)
    items = list(iter_documents(paths))
    documents = [item for item in items if not isinstance(item, DocumentError)]
    failures = [item for item in items if isinstance(item, DocumentError)]
    analyses: list[Analysis] = []
    for result in analyse_many(documents, nlp=nlp):
        if isinstance(result, DocumentError):
            failures.append(result)
        else:
            analyses.append(result)
    for failure in failures:
        print_error(str(failure))
    note_future_dates([document.id for document in dated_after(documents, dt.date.today())])
    if len(analyses) == 1 and len(items) == 1:
        typer.echo(analyses[0].to_json(indent=2))
    else:
        for analysis in analyses:
            typer.echo(analysis.to_json())
    if not analyses:
        raise typer.Exit(1)


def _rate(task: Task) -> float | None:
    """Documents analysed per second since the run began, less those skipped as already stored.

    Rich's own speed looks at the last 30 s only: two workers handing back their batches together
    read as 128 documents in a few milliseconds (74 docs/s shown for a run of 1.5), and a resumed run
    counted the stored documents it skipped in an instant as analysed.
    """
    analysed = task.completed - task.fields.get("skipped", 0)
    return analysed / task.elapsed if analysed > 0 and task.elapsed else None


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        rate = _rate(task)
        return Text(f"{rate:,.1f} docs/s" if rate else "… docs/s")


class _TimeLeftColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        rate = _rate(task)
        if task.finished:
            return Text("0:00:00")
        if task.total is None or not rate:
            return Text("-:--:--")
        return Text(str(dt.timedelta(seconds=round((task.total - task.completed) / rate))))


def _summary_line(summary: IngestSummary) -> str:
    return (
        f"{summary.ingested} ingested, {summary.unchanged} unchanged, {summary.replaced} replaced, "
        f"{summary.failed} failed"
    )


@contextlib.contextmanager
def _interrupt_notice(latest: list[IngestSummary]) -> Iterator[None]:
    """On Ctrl-C, say what is stored and how to resume, and exit 130, rather than end without a word."""
    try:
        yield
    except KeyboardInterrupt:
        done = f"after {_summary_line(latest[0])}" if latest else "before the first batch was stored"
        typer.echo(f"Interrupted {done}; run the same command again to resume.", err=True)
        raise typer.Exit(130) from None


class Engine(str, enum.Enum):
    local = "local"
    dask = "dask"


@app.command("ingest")
def ingest_command(
    paths: PathsArgument,
    db: DbOption = None,
    model: ModelOption = None,
    reanalyse: Annotated[
        bool, typer.Option("--reanalyse", help="Analyse stored documents again and replace their analysis.")
    ] = False,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Documents per batch: one worker task, one transaction.")
    ] = 64,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="Processes analysing in parallel (default: the number of cores)."),
    ] = None,
    engine: Annotated[
        Engine, typer.Option("--engine", help="Where to analyse: worker processes here, or a Dask cluster.")
    ] = Engine.local,
    scheduler: Annotated[
        str,
        typer.Option(
            "--scheduler",
            help="With --engine dask: the scheduler address (tcp://host:8786), or 'local' for a cluster of "
            "--workers processes on this machine.",
        ),
    ] = LOCAL_SCHEDULER,
    shards: Annotated[
        Path | None,
        typer.Option(
            "--shards",
            help="With --engine dask: a folder (shared with the workers) to keep the partitions and Parquet "
            "shards in (default: a temporary folder).",
        ),
    ] = None,
) -> None:
    """Analyse articles and store them.

    Documents already stored are skipped (re-ingesting changes nothing), so a run that was stopped,
    even by kill -9, resumes where it was when run again and says how many were already stored (Ctrl-C
    says what the stopped run stored, and exits with code 130). A bad input is recorded (see
    `dateline errors`) and the others still go in. The exit code is 1 when inputs were given but none
    could be stored. Documents dated after today are stored, with a note naming them (a likely typo:
    their relative times are anchored to that date).

    With --engine dask the partitions (of --batch-size documents) are analysed on a Dask cluster and
    come back as Parquet shards, which are then stored; see the README on pointing it at a cluster.

    Example: dateline ingest examples/ --db dateline.db
    """
    from dateline.batch import count_inputs, ingest, ingest_on_cluster, useful_workers
    from dateline.cli.resolving import resolve_with_notice
    from dateline.kb import KnowledgeBase
    from dateline.nlp import load_pipeline
    from dateline.store import Store

    store = Store(db)
    total = count_inputs(paths) or None
    if engine is Engine.local:
        workers = useful_workers(workers or os.cpu_count() or 1, documents=total, batch_size=batch_size)
    nlp = load_pipeline(model) if engine is Engine.local and workers == 1 else None
    columns = [
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        _RateColumn(),
        _TimeLeftColumn(),
    ]
    latest: list[IngestSummary] = []

    def show(done: IngestSummary) -> None:
        progress.update(task, completed=done.seen, skipped=done.unchanged)
        latest[:] = [done]

    with _interrupt_notice(latest), Progress(*columns, console=err_console, transient=False) as progress:
        task = progress.add_task("ingest", total=total)
        if engine is Engine.dask:
            summary = ingest_on_cluster(
                paths,
                store=store,
                scheduler=scheduler,
                workers=workers,
                model=model,
                reanalyse=reanalyse,
                partition_size=batch_size,
                shards=shards,
                on_progress=show,
            )
        else:
            summary = ingest(
                paths,
                store=store,
                nlp=nlp,
                model=model,
                workers=workers or 1,
                reanalyse=reanalyse,
                batch_size=batch_size,
                on_progress=show,
            )
    for failure in summary.failures:
        typer.echo(f"failed: {failure}", err=True)
    console.print(_summary_line(summary))
    note_future_dates(summary.future_dated)
    if summary.unchanged:
        console.print(f"{summary.unchanged} already stored, skipped (a resumed or repeated run)")
    resolved = resolve_with_notice(KnowledgeBase(store, model=model))
    if resolved.documents:
        console.print(
            f"knowledge base: {resolved.entities} entities of {counted(resolved.documents, 'document')} resolved, "
            f"{resolved.created} new"
        )
    if summary.failed and summary.failed == summary.seen:
        raise typer.Exit(1)


@app.command()
def documents(
    db: DbOption = None,
    format: FormatOption = OutputFormat.table,
    limit: Annotated[int, typer.Option(min=1, help="Most rows to show.")] = 50,
    offset: Annotated[int, typer.Option(min=0, help="Rows to skip.")] = 0,
) -> None:
    """List the stored documents, newest first.

    Example: dateline documents --format json
    """
    rows = [vars(summary) for summary in existing_store(db).documents(limit=limit, offset=offset)]
    if format is OutputFormat.table:  # the JSON keeps the whole id, for programs
        rows = [{**row, "id": short_id(row["id"])} for row in rows]
    print_rows(rows, format=format, title="documents")
    note_more_rows(len(rows), limit=limit, offset=offset)


@app.command()
def show(
    document_id: Annotated[
        str,
        typer.Argument(
            help="The document's id, or its start as lists show it (46b36f1fd208), or a fact's key as the "
            "knowledge-base tables show it (bbc-entertainment-001/F3).",
            show_default=False,
        ),
    ],
    db: DbOption = None,
) -> None:
    """Print the stored analysis JSON of one document, or one fact with the words it rests on and its source.

    Example: dateline show bbc-entertainment-001
    """
    store = existing_store(db)
    try:
        typer.echo(store.analysis(store.document_id(document_id)).to_json(indent=2))
    except NotFoundError:
        # The timeline, rumours and contradictions name a fact by its key; shown nothing for it, a reader
        # had to find the fact in its article's analysis and cut its words out by their offsets.
        fact = _stored_fact(store, document_id)
        if fact is None:
            raise
        print_json(fact)


def _stored_fact(store: Store, key: str) -> dict[str, object] | None:
    """The fact ``key`` ("doc/F3", the document's id or its start) names, with its article, the words of its
    evidence and its source's attribution; None when it names no document, NotFoundError when it names a
    document without that fact."""
    document_id, _, local_id = key.rpartition("/")
    if not document_id:
        return None
    try:
        analysis = store.analysis(store.document_id(document_id))
    except NotFoundError:
        return None
    fact = next((f for f in analysis.facts if f.id == local_id), None)
    if fact is None:  # it said "no document with id 'news-12/F9'" of a document that is there
        ids = ", ".join(f.id for f in analysis.facts) or "none"
        raise NotFoundError(f"the document {document_id!r} has no fact {local_id!r} (its facts: {ids})")
    text = analysis.document.text
    source = next((a for a in analysis.attributions if a.id == fact.asserted_by), None)
    named = [*fact.participants, fact.object, fact.place]
    return {
        "document": analysis.document.model_dump(mode="json", exclude={"text", "sha256"}),
        "fact": fact.model_dump(mode="json"),
        # the fact names its entities by their ids in the article ("E11"), which said nothing to a reader
        "entities": {entity.id: entity.name for entity in analysis.entities if entity.id in named},
        "evidence": text[fact.evidence.start : fact.evidence.end],
        "attribution": source.model_dump(mode="json") if source else None,
    }


@app.command()
def errors(
    db: DbOption = None,
    format: FormatOption = OutputFormat.table,
    limit: Annotated[int, typer.Option(min=1, help="Most rows to show.")] = 100,
    offset: Annotated[int, typer.Option(min=0, help="Rows to skip.")] = 0,
) -> None:
    """List the inputs that could not be ingested, most recent first, each once with how many runs met it.

    Example: dateline errors --format json
    """
    rows = [vars(record) for record in existing_store(db).errors(limit=limit, offset=offset)]
    print_rows(rows, format=format, title="ingest errors")
    note_more_rows(len(rows), limit=limit, offset=offset)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the analysis contract (dateline.analysis/1).

    Example: dateline schema > analysis.schema.json
    """
    print_json(Analysis.json_schema())


__all__ = ["documents", "errors", "extract", "ingest_command", "schema", "show"]
