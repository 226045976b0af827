"""``dateline benchmark coref``: the pronoun resolver on GAP."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dateline.bench.coref import run_gap
from dateline.cli.app import JsonOption, ModelOption, OutputOption, benchmark_app, emit_benchmark
from dateline.nlp import load_pipeline


@benchmark_app.command("coref")
def coref(
    gap_tsv: Annotated[Path, typer.Argument(help="A GAP file (gap-development.tsv or gap-validation.tsv).")],
    predictions: Annotated[
        Path | None,
        typer.Option("--predictions", help="Write the GAP submission TSV (ID, A-coref, B-coref)."),
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N examples.")] = None,
    model: ModelOption = None,
    as_json: JsonOption = False,
    output: OutputOption = None,
) -> None:
    """Score the entities stage's pronoun resolver on GAP: F1 masculine, feminine, overall, bias F/M.

    Example: dateline benchmark coref ../shared/data/gap/gap-validation.tsv --predictions gap.tsv
    """
    results = run_gap(gap_tsv, nlp=load_pipeline(model), predictions=predictions, limit=limit)
    emit_benchmark(results, as_json=as_json, output=output, title="GAP coreference (snippet-context)")
