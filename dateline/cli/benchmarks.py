"""``dateline benchmark speed`` and ``dateline benchmark scale``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dateline.bench.scale import benchmark_scale
from dateline.bench.speed import benchmark_speed
from dateline.cli.app import JsonOption, ModelOption, OutputOption, benchmark_app, emit_benchmark

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
    results = benchmark_speed(
        corpus, repeat=repeat, limit=limit, model=model, workers=workers or (), dask_workers=dask or ()
    )
    emit_benchmark(results, as_json=as_json, output=output, title="speed")


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
        Path | None, typer.Option("--db", help="Keep the store here [default: a temporary file].")
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
    results = benchmark_scale(
        corpus, documents=documents, workers=workers, model=model, sample_every=sample_every, db=db, curve=curve
    )
    emit_benchmark(results, as_json=as_json, output=output, title="scale")
