"""``dateline benchmark speed``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dateline.bench.speed import benchmark_speed
from dateline.cli.app import JsonOption, ModelOption, OutputOption, benchmark_app, emit_benchmark

DEFAULT_CORPUS = Path("../shared/data/news-dev/articles.jsonl")


@benchmark_app.command("speed")
def speed_command(
    corpus: Annotated[Path, typer.Option("--corpus", help="Articles (JSON Lines or any ingest input).")] = DEFAULT_CORPUS,
    repeat: Annotated[int, typer.Option("--repeat", min=1, help="Copies of the corpus to run.")] = 1,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="At most this many documents.")] = None,
    model: ModelOption = None,
    as_json: JsonOption = False,
    output: OutputOption = None,
) -> None:
    """Documents/s, words/s and peak RSS of bare spaCy, `extract` and `ingest` on one corpus.

    Example: dateline benchmark speed --repeat 10 --json
    """
    results = benchmark_speed(corpus, repeat=repeat, limit=limit, model=model)
    emit_benchmark(results, as_json=as_json, output=output, title="speed")
