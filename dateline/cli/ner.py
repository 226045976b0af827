"""``dateline benchmark ner``: entity recognition on CoNLL-2003, with and without dateline's rules."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.app import JsonOption, ModelOption, OutputOption, benchmark_app, emit_benchmark


@benchmark_app.command("ner")
def ner(
    conll_file: Annotated[Path, typer.Argument(help="A CoNLL-2003 file (token ... IOB2 tag per line).")],
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N sentences.")] = None,
    model: ModelOption = None,
    as_json: JsonOption = False,
    output: OutputOption = None,
) -> None:
    """Score NER on CoNLL-2003 (PER, ORG, LOC, MISC): spaCy alone and with dateline's rule components.

    Example: dateline benchmark ner ../shared/data/conll2003/valid.txt --json
    """
    from dateline.bench.ner import run_ner
    from dateline.nlp import load_pipeline

    results = run_ner(conll_file, nlp=load_pipeline(model), limit=limit)
    emit_benchmark(results, as_json=as_json, output=output, title="CoNLL-2003 NER")
