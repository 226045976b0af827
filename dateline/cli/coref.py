"""``dateline benchmark coref`` (the pronoun resolver on GAP) and ``dateline learn-coref-model``."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.app import (
    JsonOption,
    ModelOption,
    OutputOption,
    app,
    benchmark_app,
    console,
    emit_benchmark,
)


class CandidateMode(str, enum.Enum):
    """Where the GAP row's two candidate names come from."""

    given = "given"
    found = "found"


@benchmark_app.command("coref")
def coref(
    gap_tsv: Annotated[Path, typer.Argument(help="A GAP file (gap-development.tsv or gap-validation.tsv).")],
    predictions: Annotated[
        Path | None,
        typer.Option("--predictions", help="Write the GAP submission TSV (ID, A-coref, B-coref)."),
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N examples.")] = None,
    candidates: Annotated[
        CandidateMode,
        typer.Option(
            "--candidates",
            help="'given': the row's two names are person mentions (GAP's task); 'found': the NER's own mentions.",
        ),
    ] = CandidateMode.given,
    model: ModelOption = None,
    as_json: JsonOption = False,
    output: OutputOption = None,
) -> None:
    """Score the entities stage's pronoun resolver on GAP: F1 masculine, feminine, overall, bias F/M.

    Example: dateline benchmark coref ../shared/data/gap/gap-validation.tsv --predictions gap.tsv
    """
    from dateline.bench.coref import run_gap
    from dateline.nlp import load_pipeline

    results = run_gap(
        gap_tsv,
        nlp=load_pipeline(model),
        predictions=predictions,
        limit=limit,
        candidates=candidates.value,
    )
    emit_benchmark(results, as_json=as_json, output=output, title="GAP coreference (snippet-context)")


@app.command("learn-coref-model")
def learn_coref_model_command(
    gap_tsv: Annotated[Path, typer.Argument(help="GAP development (gap-development.tsv); never validation or test.")],
    output: Annotated[Path, typer.Option("--output", help="Where to write the model (JSON).")],
    rounds: Annotated[int, typer.Option("--rounds", help="Rounds of drawing the resolver's states and refitting.")] = 3,
    l2: Annotated[float, typer.Option("--l2", help="L2 penalty of the conditional logit.")] = 1e-3,
    iterations: Annotated[int, typer.Option("--iterations", help="Full-batch gradient steps per round.")] = 400,
    min_count: Annotated[int, typer.Option("--min-count", help="Least candidates a feature must fire on.")] = 5,
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N examples.")] = None,
    model: ModelOption = None,
) -> None:
    """Learn the pronoun resolver's feature weights on GAP development.

    Example: dateline learn-coref-model ../shared/data/gap/gap-development.tsv --output dateline/data/coref_model.json
    """
    from dateline.learn.coref_model import dump_coref_model, learn_coref_model
    from dateline.nlp import load_pipeline

    learned = learn_coref_model(
        gap_tsv,
        nlp=load_pipeline(model),
        rounds=rounds,
        l2=l2,
        iterations=iterations,
        min_count=min_count,
        limit=limit,
    )
    output.write_text(dump_coref_model(learned), encoding="utf-8")
    console.print(f"{len(learned.weights)} weights from {learned.trained_on} -> {output}")
