"""Commands of the attribution stage: its benchmark, and learning its cue frames and cue model."""

from __future__ import annotations

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

GoldFile = Annotated[Path, typer.Argument(help="Gold attributions: PolNeAR-style JSONL (text + attributions).")]
LimitOption = Annotated[int | None, typer.Option("--limit", help="Use only the first N records.")]


@benchmark_app.command("attribution")
def benchmark_attribution_command(
    file: GoldFile,
    predictions: Annotated[
        Path | None, typer.Option("--predictions", help="Write dateline's attributions here, in the input's format.")
    ] = None,
    limit: LimitOption = None,
    model: ModelOption = None,
    json_: JsonOption = False,
    output: OutputOption = None,
) -> None:
    """Score source, cue and content spans (exact and token overlap) and whole attributions.

    Example: dateline benchmark attribution ../shared/data/polnear/dev.jsonl --json
    """
    from dateline.bench.attribution import benchmark_attribution
    from dateline.nlp import load_pipeline

    results = benchmark_attribution(file, predictions=predictions, limit=limit, nlp=load_pipeline(model))
    emit_benchmark(results, as_json=json_, output=output, title="Attribution (PolNeAR-style gold)")


@app.command("learn-cue-frames")
def learn_cue_frames_command(
    file: GoldFile,
    output: Annotated[Path, typer.Option("--output", help="Where to write the frames (YAML).")],
    min_support: Annotated[int, typer.Option("--min-support", help="Least number of occurrences.")] = 4,
    min_precision: Annotated[float, typer.Option("--min-precision", help="Least precision as a cue.")] = 0.5,
    limit: LimitOption = None,
    model: ModelOption = None,
) -> None:
    """Learn the attribution stage's cue frames (verb + content relation) from gold attributions.

    Example: dateline learn-cue-frames ../shared/data/polnear/train.jsonl --output dateline/data/cue_frames.yaml
    """
    from dateline.learn.cue_frames import dump_cue_frames, learn_cue_frames
    from dateline.nlp import load_pipeline

    frames = learn_cue_frames(
        file, nlp=load_pipeline(model), min_support=min_support, min_precision=min_precision, limit=limit
    )
    output.write_text(dump_cue_frames(frames), encoding="utf-8")
    console.print(f"{len(frames.frames)} frames from {frames.trained_on} -> {output}")


@app.command("learn-cue-model")
def learn_cue_model_command(
    file: GoldFile,
    output: Annotated[Path, typer.Option("--output", help="Where to write the model (JSON).")],
    threshold: Annotated[
        float, typer.Option("--threshold", help="Least probability at which the stage takes a cue option.")
    ] = 0.5,
    l2: Annotated[float, typer.Option("--l2", help="L2 penalty of the logistic regression.")] = 3e-5,
    iterations: Annotated[int, typer.Option("--iterations", help="Full-batch gradient steps.")] = 300,
    min_count: Annotated[int, typer.Option("--min-count", help="Least occurrences of a feature.")] = 4,
    context: Annotated[
        bool,
        typer.Option("--context/--no-context", help="Also weigh the options' contextual vectors (doc.tensor); see docs/attribution.md."),
    ] = False,
    limit: LimitOption = None,
    model: ModelOption = None,
) -> None:
    """Learn the attribution stage's cue model (which words attribute, through which dependent).

    Example: dateline learn-cue-model ../shared/data/polnear/train.jsonl --output dateline/data/cue_model.json
    """
    from dateline.learn.cue_model import dump_cue_model, learn_cue_model
    from dateline.nlp import load_pipeline

    learned = learn_cue_model(
        file,
        nlp=load_pipeline(model),
        threshold=threshold,
        l2=l2,
        iterations=iterations,
        min_count=min_count,
        contextual=context,
        limit=limit,
    )
    output.write_text(dump_cue_model(learned), encoding="utf-8")
    console.print(f"{len(learned.weights)} weights from {learned.trained_on} -> {output}")


@benchmark_app.command("factuality")
def benchmark_factuality_command(
    events: Annotated[
        Path | None,
        typer.Option("--events", help="The event-factuality folder (meantime/, uw/, uds-ih2/ with train and dev)."),
    ] = None,
    szeged: Annotated[
        Path | None,
        typer.Option("--szeged", help="The szeged-uncertainty folder (wikipedia-weasel and news-factbank JSONL)."),
    ] = None,
    split: Annotated[str, typer.Option("--split", help="Event-factuality split to score: dev or train.")] = "dev",
    model: ModelOption = None,
    json_: JsonOption = False,
    output: OutputOption = None,
) -> None:
    """Score the factuality of clauses (event scores -3..+3) and the hedge cues (Szeged).

    Example: dateline benchmark factuality --events ../shared/data/event-factuality --szeged ../shared/data/szeged-uncertainty
    """
    from dateline.bench.factuality import benchmark_factuality
    from dateline.nlp import load_pipeline

    if events is None and szeged is None:
        raise typer.BadParameter("give --events, --szeged or both", param_hint="--events")
    results = benchmark_factuality(events=events, szeged=szeged, split=split, nlp=load_pipeline(model))
    emit_benchmark(results, as_json=json_, output=output, title="Factuality")
