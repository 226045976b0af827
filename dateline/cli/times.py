"""``dateline times`` and ``dateline benchmark times``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.app import (
    FormatOption,
    JsonOption,
    ModelOption,
    OutputFormat,
    OutputOption,
    app,
    benchmark_app,
    emit_benchmark,
    print_rows,
)
from dateline.errors import InputError


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise InputError(f"--date must be YYYY-MM-DD, not {value!r}") from error


@app.command()
def times(
    text: Annotated[str, typer.Argument(help="The text to read.")],
    date: Annotated[
        str | None,
        typer.Option("--date", help="Document date, YYYY-MM-DD (relative times stay unresolved without it)."),
    ] = None,
    format: FormatOption = OutputFormat.table,
) -> None:
    """Find the temporal expressions of TEXT and print their TIMEX3 values.

    Example: dateline times "They married in 2011 and divorced two years later." --date 2025-04-17
    """
    from dateline.stages.times import find_times

    found = find_times(text, document_date=_parse_date(date))
    if format is OutputFormat.json:
        print_rows([time_.model_dump() for time_ in found], format=format)
        return
    # The table shows the optional attributes only when some time has them, to stay narrow.
    columns = ["id", "text", "type", "value", "anchor", "resolved", "mod", "freq", "quant"]
    shown = [name for name in columns if any(getattr(time_, name) is not None for time_ in found)] or columns
    rows = [{name: getattr(time_, name) for name in shown} for time_ in found]
    print_rows(rows, format=format, title="times")


@benchmark_app.command("times")
def benchmark_times_command(
    gold_dir: Annotated[Path, typer.Argument(help="Folder searched for TimeML .tml files (recursively).")],
    predictions: Annotated[
        Path | None,
        typer.Option("--predictions", help="Write NAME.json with the predicted times of each document NAME.tml here."),
    ] = None,
    parse: Annotated[
        bool,
        typer.Option("--parse", help="Give the stage the spaCy parse, as the pipeline does (parsing not timed)."),
    ] = False,
    model: ModelOption = None,
    as_json: JsonOption = False,
    output: OutputOption = None,
) -> None:
    """Score the times stage on TimeML gold (TempEval-3 Task A) and time it.

    Example: dateline benchmark times ../shared/data/tempeval3/train --parse --json
    """
    from dateline.bench.times import benchmark_times

    nlp = None
    if parse:
        from dateline.nlp import load_pipeline

        nlp = load_pipeline(model)
    results = benchmark_times(gold_dir, predictions=predictions, nlp=nlp)
    emit_benchmark(results, as_json=as_json, output=output, title=f"times on {gold_dir}")
