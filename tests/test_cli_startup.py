"""The CLI starts without importing spaCy unless the command analyses text (spaCy alone takes ~1 s),
and opens a store at the schema head without Alembic (~0.1 s) or numpy (~0.07 s)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app

#: Runs the CLI in-process on each argument list given as JSON, then prints the heavy modules imported.
_RUN_AND_LIST_IMPORTS = """
import json, sys
from typer.testing import CliRunner
from dateline.cli import app
for args in json.loads(sys.argv[1]):
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, (args, result.output)
heavy = ("spacy", "thinc", "sqlalchemy", "alembic", "numpy", "fastapi", "uvicorn", "rdflib", "dask")
print(json.dumps(sorted(name for name in heavy if name in sys.modules)))
"""


def _heavy_imports(*commands: list[str]) -> list[str]:
    """The heavy modules a fresh process imports to run ``commands`` (a fresh one: pytest has spaCy loaded)."""
    ran = subprocess.run(
        [sys.executable, "-c", _RUN_AND_LIST_IMPORTS, json.dumps(commands)],
        capture_output=True, text=True, check=True, cwd=Path(__file__).parent.parent,
    )
    return json.loads(ran.stdout)


def _every_command() -> list[list[str]]:
    click_app = __import__("typer").main.get_command(app)
    names = [[name] for name in click_app.commands if name != "benchmark"]
    benchmarks = click_app.commands["benchmark"].commands  # type: ignore[attr-defined]
    return names + [["benchmark", name] for name in benchmarks]


def test_help_of_every_command_and_schema_import_nothing_heavy() -> None:
    helps = [["--help"]] + [[*command, "--help"] for command in _every_command()]
    assert _heavy_imports(*helps, ["schema"]) == []


def test_a_store_at_the_schema_head_opens_without_alembic_or_numpy(tmp_path: Path) -> None:
    # Alembic loaded its migration scripts on every store command only to find the store current.
    from dateline.store import Store

    db = str(tmp_path / "current.db")
    Store(db).close()  # created at the head revision
    imported = _heavy_imports(["documents", "--db", db], ["entities", "--db", db], ["contradictions", "--db", db])
    assert imported == ["sqlalchemy"]


@pytest.mark.slow
def test_store_only_commands_do_not_import_spacy(tmp_path: Path, nlp: object) -> None:
    db = str(tmp_path / "startup.db")
    article = tmp_path / "a.txt"
    article.write_text(" date 2025-03-04 Ada Vance opened a bakery in Lyon on Monday.")
    assert CliRunner().invoke(app, ["ingest", str(article), "--db", db]).exit_code == 0
    imported = _heavy_imports(
        ["entities", "--db", db],
        ["timeline", "Ada Vance", "--db", db],
        ["asof", "Ada Vance", "2025-04-01", "--db", db],
    )
    assert imported == ["sqlalchemy"]
