"""Benchmarks of the whole system: speed, scale, facts, knowledge base, web pages."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from dateline.cli.app import (
    JsonOption,
    ModelOption,
    OutputOption,
    benchmark_app,
    emit_benchmark,
    existing_store,
)

# The benchmarks import spaCy and SQLAlchemy: each command imports its own, so --help does not wait for them.
if TYPE_CHECKING:
    from dateline.store import Store

DEFAULT_CORPUS = Path("../shared/data/news-dev/articles.jsonl")

CorpusOption = Annotated[Path, typer.Option("--corpus", help="Articles (JSON Lines or any ingest input).")]


@benchmark_app.command("speed")
def speed_command(
    corpus: CorpusOption = DEFAULT_CORPUS,
    repeat: Annotated[int, typer.Option("--repeat", min=1, help="Copies of the corpus to run.")] = 1,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="At most this many documents.")] = None,
    workers: Annotated[
        list[int] | None,
        typer.Option("--workers", min=2, help="Also ingest with a pool of this many processes (repeatable)."),
    ] = None,
    dask: Annotated[
        list[int] | None,
        typer.Option("--dask", min=1, help="Also ingest on a local Dask cluster of so many workers (repeatable)."),
    ] = None,
    model: ModelOption = None,
    as_json: JsonOption = False,
    output: OutputOption = None,
) -> None:
    """Documents/s, words/s and peak RSS of bare spaCy, `extract` and `ingest` on one corpus.

    With --workers and --dask, also ingest with each number of worker processes and Dask workers,
    with the speed-up over one worker.

    Example: dateline benchmark speed --repeat 10 --workers 2 --dask 1 --dask 2 --json
    """
    from dateline.bench.speed import benchmark_speed

    results = benchmark_speed(
        corpus, repeat=repeat, limit=limit, model=model, workers=workers or (), dask_workers=dask or ()
    )
    emit_benchmark(results, as_json=as_json, output=output, title="speed")


DEFAULT_KB_CORPUS = [DEFAULT_CORPUS, Path("../shared/seed/000_8a8ad502f054ce81.txt")]
#: The hand-judged merges in the repository, used when run from its root and no file is given.
DEFAULT_KB_JUDGEMENTS = Path("benchmarks/kb-merges.tsv")
#: The hand-judged pairs of entities kept apart (missed merges), likewise.
DEFAULT_KB_SPLITS = Path("benchmarks/kb-splits.tsv")


def _draw_sample(store: Store, merges: Path | None, splits: Path | None, *, judgements: Path | None, seed: int | None) -> dict[str, Any]:
    """Write the sample asked for (merges, leaving out the pairs of ``judgements``; or pairs kept apart)."""
    from dateline.bench.kb import sample_merges, sample_splits

    seeded = {} if seed is None else {"seed": seed}
    if merges is not None:
        return {"sampled": sample_merges(store, merges, judged=judgements, **seeded), "file": str(merges)}
    assert splits is not None
    return {"sampled": sample_splits(store, splits, **seeded), "file": str(splits)}


@benchmark_app.command("kb")
def kb_command(
    corpus: Annotated[
        list[Path] | None, typer.Option("--corpus", help="Articles to build the store from (repeatable; default news-dev and the seed).")
    ] = None,
    judgements: Annotated[
        Path | None,
        typer.Option(
            "--judgements",
            help="Hand-judged merges (TSV) for merge precision (default: benchmarks/kb-merges.tsv, if there).",
        ),
    ] = None,
    sample_merges_to: Annotated[
        Path | None,
        typer.Option("--sample-merges", help="Write a seeded sample of 50 merges to judge (none of --judgements), and stop."),
    ] = None,
    split_judgements: Annotated[
        Path | None,
        typer.Option(
            "--split-judgements",
            help="Hand-judged pairs kept apart (TSV): how many of one referent are still apart (default: benchmarks/kb-splits.tsv, if there).",
        ),
    ] = None,
    sample_splits_to: Annotated[
        Path | None,
        typer.Option("--sample-splits", help="Write a seeded sample of 50 pairs kept apart that share a name, to judge, and stop."),
    ] = None,
    seed: Annotated[int | None, typer.Option("--seed", help="The seed of --sample-merges or --sample-splits.")] = None,
    synthetic: Annotated[
        int | None, typer.Option("--synthetic", min=1000, help="Instead: time queries on a synthetic store of N facts.")
    ] = None,
    db: Annotated[str | None, typer.Option("--db", help="Build in this store (a URL, e.g. PostgreSQL) instead of a temporary SQLite file; it must be empty.")] = None,
    queries: Annotated[int, typer.Option("--queries", min=5, help="Entities to time each query on.")] = 50,
    as_json: JsonOption = False,
    output: OutputOption = None,
) -> None:
    """Knowledge-base build time, entities before/after merging, merge precision, query latency p50/p95.

    Example: dateline benchmark kb --synthetic 1000000 --json
    """
    from dateline.bench.kb import benchmark_kb, benchmark_kb_synthetic
    from dateline.store import Store

    if synthetic is not None:
        results = benchmark_kb_synthetic(db, facts=synthetic, queries=queries)
    elif sample_merges_to is not None or sample_splits_to is not None:
        if not db:
            raise typer.BadParameter("--sample-merges and --sample-splits need --db: the store sampled", param_hint="--db")
        results = _draw_sample(Store(db), sample_merges_to, sample_splits_to, judgements=judgements, seed=seed)
    else:
        # checked before the store is built, which takes minutes
        if judgements is not None and not judgements.is_file():
            raise typer.BadParameter(f"{judgements}: no such file", param_hint="--judgements")
        judged = judgements or (DEFAULT_KB_JUDGEMENTS if DEFAULT_KB_JUDGEMENTS.is_file() else None)
        splits = split_judgements or (DEFAULT_KB_SPLITS if DEFAULT_KB_SPLITS.is_file() else None)
        results = benchmark_kb(corpus or DEFAULT_KB_CORPUS, db=db, judgements=judged, split_judgements=splits, queries=queries)
    emit_benchmark(results, as_json=as_json, output=output, title="knowledge base")


@benchmark_app.command("facts")
def facts_command(
    gold: Annotated[Path, typer.Argument(help="Gold facts (JSON Lines, benchmarks/facts-gold.jsonl).", show_default=False)],
    articles: Annotated[Path, typer.Option("--articles", help="The articles the gold's ids refer to.")] = DEFAULT_CORPUS,
    predictions: Annotated[Path | None, typer.Option("--predictions", help="Write the predicted facts here (JSON Lines).")] = None,
    as_json: JsonOption = False,
    output: OutputOption = None,
) -> None:
    """Facts precision, recall, time accuracy and source accuracy against a hand-annotated gold.

    Example: dateline benchmark facts benchmarks/facts-gold.jsonl --articles ../shared/data/news-dev/articles.jsonl
    """
    from dateline.bench.facts import benchmark_facts

    if not articles.is_file():  # it said "45 gold articles are not in the file" of a file that is not there
        raise typer.BadParameter(f"{articles}: no such file", param_hint="--articles")
    results = benchmark_facts(gold, articles=articles, predictions=predictions)
    emit_benchmark(results, as_json=as_json, output=output, title="facts")


@benchmark_app.command("web")
def web_command(
    db: Annotated[str | None, typer.Option("--db", help="The store to serve (a URL or an SQLite path; env DATELINE_DB, default ./dateline.db).")] = None,
    queries: Annotated[int, typer.Option("--queries", min=1, help="Entity pages (and article pages) to time.")] = 50,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the sample of pages.")] = 0,
    synthetic: Annotated[
        int | None, typer.Option("--synthetic", min=1000, help="Instead: entity pages of a synthetic store of N facts.")
    ] = None,
    as_json: JsonOption = False,
    output: OutputOption = None,
) -> None:
    """Latency (p50/p95/max) of the entity page and the article page, served over loopback.

    Example: dateline benchmark web --db news-dev.db --queries 100 --json
    """
    from dateline.bench.web import benchmark_web, benchmark_web_synthetic

    if synthetic is not None:
        results = benchmark_web_synthetic(synthetic, queries=queries, seed=seed)
    else:
        results = benchmark_web(existing_store(db), queries=queries, seed=seed)
    emit_benchmark(results, as_json=as_json, output=output, title="web pages")


@benchmark_app.command("scale")
def scale_command(
    corpus: CorpusOption = DEFAULT_CORPUS,
    documents: Annotated[
        int, typer.Option("--documents", min=1, help="Documents to ingest (the corpus cycled).")
    ] = 100_000,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")] = 2,
    sample_every: Annotated[
        int, typer.Option("--sample-every", min=1, help="Documents between memory samples.")
    ] = 1000,
    db: Annotated[
        Path | None, typer.Option("--db", help="Keep the store here (default: a temporary file).")
    ] = None,
    curve: Annotated[
        Path | None,
        typer.Option("--curve", help="Append each memory sample to this JSON Lines file as it is taken."),
    ] = None,
    model: ModelOption = None,
    as_json: JsonOption = False,
    output: OutputOption = None,
) -> None:
    """Ingest a long stream of documents into SQLite and sample the memory of every process as it goes.

    Example: dateline benchmark scale --documents 100000 --workers 2 --curve rss.jsonl --json
    """
    from dateline.bench.scale import benchmark_scale

    results = benchmark_scale(
        corpus, documents=documents, workers=workers, model=model, sample_every=sample_every, db=db, curve=curve
    )
    emit_benchmark(results, as_json=as_json, output=output, title="scale")
