"""The attribution and factuality benchmark commands: JSON output and the one-line error path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app

TEXT = "Mara Lindqvist said the tour would start in May."


def _gold(path: Path) -> Path:
    start = TEXT.index("the tour")
    record = {
        "doc_id": "d1",
        "text": TEXT,
        "attributions": [
            {
                "id": "E1",
                "type": "Attribution",
                "source": [{"start": 0, "end": 14, "text": "Mara Lindqvist"}],
                "cue": [{"start": 15, "end": 19, "text": "said"}],
                "content": [{"start": start, "end": len(TEXT) - 1, "text": TEXT[start:-1]}],
            }
        ],
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow
def test_benchmark_attribution_prints_one_json_object(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["benchmark", "attribution", str(_gold(tmp_path / "g.jsonl")), "--json"])
    assert result.exit_code == 0, result.output
    results = json.loads(result.output)
    assert results["relation"]["f1"] == 100.0 and results["documents"] == 1


def test_benchmark_attribution_on_a_missing_file_is_one_error_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["benchmark", "attribution", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 1
    # The message reaches stderr as "Error: ..." through the CLI's one error path.
    shown = result.stderr + str(result.exception or "")
    assert f"{tmp_path / 'nope.jsonl'}: cannot read: No such file or directory" in shown


def test_benchmark_factuality_needs_a_data_folder() -> None:
    result = CliRunner().invoke(app, ["benchmark", "factuality"])
    assert result.exit_code == 2
    assert "--events" in result.output
