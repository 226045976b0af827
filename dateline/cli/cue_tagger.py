"""The experimental cue tagger (docs/attribution.md, sixth round): training it, and its benchmark."""

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
    err_console,
)

GoldFile = Annotated[Path, typer.Argument(help="Gold attributions: PolNeAR-style JSONL (text + attributions).")]


@app.command("learn-cue-tagger")
def learn_cue_tagger_command(
    file: GoldFile,
    output: Annotated[Path, typer.Option("--output", help="Folder for the training data and spaCy's model-best/model-last.")],
    config: Annotated[
        Path | None, typer.Option("--config", help="spaCy training config (default dateline/data/cue_tagger.cfg).")
    ] = None,
    max_epochs: Annotated[int | None, typer.Option("--max-epochs", help="Stop after this many epochs (default: the config's).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", help="Do not show spaCy's training table.")] = False,
    model: ModelOption = None,
) -> None:
    """Train a spaCy cue tagger on gold attributions less their held-out fifth (crc32 of doc_id).

    Example: dateline learn-cue-tagger ../shared/data/polnear/train.jsonl --output /tmp/cue_tagger
    """
    from dateline.config import model_setting
    from dateline.learn.cue_tagger import learn_cue_tagger
    from dateline.nlp import load_pipeline, resolve_model

    data = learn_cue_tagger(
        file,
        output=output,
        nlp=load_pipeline(model),
        vectors=resolve_model(model or model_setting()),
        config=config,
        max_epochs=max_epochs,
        log=None if quiet else err_console.file,
    )
    console.print(f"trained on {len(data.train)} articles, held out {len(data.held_out)} -> {output / 'model-best'}")


@benchmark_app.command("cue-tagger")
def benchmark_cue_tagger_command(
    file: GoldFile,
    tagger: Annotated[Path, typer.Option("--tagger", help="The trained cue tagger: a spaCy pipeline folder (model-best).")],
    limit: Annotated[int | None, typer.Option("--limit", help="Use only the first N records.")] = None,
    model: ModelOption = None,
    json_: JsonOption = False,
    output: OutputOption = None,
) -> None:
    """Score a trained cue tagger's cues, the attribution stage's, and their union (exact and token overlap).

    Example: dateline benchmark cue-tagger /tmp/cue_tagger/held_out.jsonl --tagger /tmp/cue_tagger/model-best --json
    """
    from dateline.bench.cue_tagger import benchmark_cue_tagger
    from dateline.nlp import load_pipeline

    results = benchmark_cue_tagger(file, tagger=tagger, nlp=load_pipeline(model), limit=limit)
    emit_benchmark(results, as_json=json_, output=output, title="Cue tagger (PolNeAR-style gold)")
