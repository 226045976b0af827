"""The ``dateline`` command line: a thin shell over the library."""

from __future__ import annotations

# Importing a command module registers its commands on ``app``.
from dateline.cli import attribution, benchmarks, core, coref, cue_tagger, kb, ner, times, web  # noqa: F401
from dateline.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """Run the CLI (the ``dateline`` console script)."""
    app()
