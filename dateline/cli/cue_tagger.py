"""``dateline learn-cue-tagger``: train the experimental cue tagger (docs/attribution.md, sixth round)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.app import ModelOption, app, console, err_console


@app.command("learn-cue-tagger")
def learn_cue_tagger_command(
    file: Annotated[Path, typer.Argument(help="Gold attributions: PolNeAR-style JSONL (text + attributions).")],
    output: Annotated[Path, typer.Option("--output", help="Folder for the training data and spaCy's model-best/model-last.")],
    config: Annotated[
        Path | None, typer.Option("--config", help="spaCy training config [dateline/data/cue_tagger.cfg].")
    ] = None,
    max_epochs: Annotated[int | None, typer.Option("--max-epochs", help="Stop after this many epochs [the config's].")] = None,
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
