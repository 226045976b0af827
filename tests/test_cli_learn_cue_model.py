"""dateline learn-cue-model: learns from a gold file and writes a model the stage can load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.learn.cue_model import CueModel

TEXT = "Mara Lindqvist vowed to fight on. Tobias Renner walked home. Ana Reyes vowed to rest."


def _span(part: str, *, last: bool = False) -> dict[str, object]:
    start = TEXT.rindex(part) if last else TEXT.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def _gold(path: Path) -> Path:
    roles = [(_span("Mara Lindqvist"), _span("vowed"), _span("to fight on")), (_span("Ana Reyes"), _span("vowed", last=True), _span("to rest"))]
    attributions = [
        {"id": f"E{n}", "type": "Attribution", "source": [source], "cue": [cue], "content": [content]}
        for n, (source, cue, content) in enumerate(roles, start=1)
    ]
    path.write_text(json.dumps({"doc_id": "d1", "text": TEXT, "attributions": attributions}) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow
def test_learn_cue_model_writes_a_loadable_model(tmp_path: Path) -> None:
    output = tmp_path / "cue_model.json"
    args = ["learn-cue-model", str(_gold(tmp_path / "g.jsonl")), "--output", str(output), "--min-count", "1"]
    result = CliRunner().invoke(app, [*args, "--threshold", "0.6", "--iterations", "50"])
    assert result.exit_code == 0, result.output
    model = CueModel.model_validate(json.loads(output.read_text(encoding="utf-8")))
    assert model.threshold == 0.6 and model.trained_on.startswith("g.jsonl: 1 annotations")
    assert model.weights["lemma|rel=vow|xcomp"] > 0
    assert "weights from g.jsonl" in result.output


@pytest.mark.slow
def test_learn_cue_model_with_context_weighs_the_token_vectors(tmp_path: Path) -> None:
    output = tmp_path / "cue_model.json"
    args = ["learn-cue-model", str(_gold(tmp_path / "g.jsonl")), "--output", str(output), "--min-count", "1"]
    result = CliRunner().invoke(app, [*args, "--iterations", "20", "--context"])
    assert result.exit_code == 0, result.output
    model = CueModel.model_validate(json.loads(output.read_text(encoding="utf-8")))
    assert model.context == ["word", "subject", "content", "sentence"] and len(model.context_weights) == 4 * 96


def test_learn_cue_model_on_a_missing_file_is_one_error_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["learn-cue-model", str(tmp_path / "none.jsonl"), "--output", str(tmp_path / "m.json")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and len(result.output.strip().splitlines()) == 1
