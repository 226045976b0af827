"""``dateline times`` and ``dateline benchmark times``."""

import json
from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()
GOLD_DIR = Path(__file__).parent / "data" / "timeml"


def test_times_prints_json() -> None:
    arguments = ["times", "Mia Tal left on Sunday.", "--date", "2025-04-17", "--format", "json"]
    result = runner.invoke(app, arguments)
    assert result.exit_code == 0
    (row,) = json.loads(result.output)
    found = (row["id"], row["text"], row["type"], row["value"], row["anchor"])
    assert found == ("T1", "Sunday", "DATE", "2025-04-13", "DCT")


def test_times_prints_a_table() -> None:
    result = runner.invoke(app, ["times", "Mia Tal left on Sunday.", "--date", "2025-04-17"])
    assert result.exit_code == 0
    assert "Sunday" in result.output and "2025-04-13" in result.output


def test_times_without_date_leaves_relative_times_unknown() -> None:
    result = runner.invoke(app, ["times", "Mia Tal left on Sunday.", "--format", "json"])
    assert json.loads(result.output)[0]["value"] == "XXXX-WXX-7"


def test_a_bad_date_fails_with_its_reason() -> None:
    result = runner.invoke(app, ["times", "Mia Tal left.", "--date", "17/04/2025"])
    assert result.exit_code == 1
    # The message reaches the user on standard error (or as the exception the CLI core raises).
    shown = result.output + result.stderr + str(result.exception)
    assert "--date must be YYYY-MM-DD, not '17/04/2025'" in shown


def test_benchmark_times_json(tmp_path: Path) -> None:
    arguments = ["benchmark", "times", str(GOLD_DIR), "--json", "--predictions", str(tmp_path)]
    result = runner.invoke(app, arguments)
    assert result.exit_code == 0
    results = json.loads(result.output)
    assert results["scores"]["value"]["f1"] == 100.0
    assert (tmp_path / "lisbon.json").is_file()
