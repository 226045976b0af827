"""Commands over single articles and the store: extract, ingest, documents, entities, show, schema."""

from __future__ import annotations

from dateline.cli.app import app, print_json
from dateline.model import Analysis


@app.command()
def schema() -> None:
    """Print the JSON Schema of the analysis contract (dateline.analysis/1).

    Example: dateline schema > analysis.schema.json
    """
    print_json(Analysis.json_schema())
