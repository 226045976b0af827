"""dateline learn-cue-tagger: trains a spaCy pipeline that tags CUE spans, holding out a fixed fifth."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

from dateline.cli import app

SENTENCES = ["Mara Lindqvist said the bridge was closed.", "Tobias Renner claimed that the vote was rigged."]


def _gold(path: Path) -> Path:
    lines = []
    for doc_id, text in zip(["a0", "a1"], SENTENCES, strict=True):  # a0 is trained on, a1 held out
        cue = text.split()[2]
        start = text.index(cue)
        attribution = {"id": "E1", "source": [], "cue": [{"start": start, "end": start + len(cue), "text": cue}], "content": []}
        lines.append(json.dumps({"doc_id": doc_id, "text": text, "attributions": [attribution]}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow
def test_learn_cue_tagger_trains_a_loadable_cue_tagger(tmp_path: Path) -> None:
    output = tmp_path / "tagger"
    args = ["learn-cue-tagger", str(_gold(tmp_path / "g.jsonl")), "--output", str(output), "--max-epochs", "1", "--quiet"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "trained on 1 articles, held out 1" in result.output
    tagger = spacy.load(output / "model-best")
    assert tagger.pipe_names == ["tok2vec", "ner"] and tagger.get_pipe("ner").labels == ("CUE",)
    assert (output / "data" / "train.spacy").is_file() and (output / "data" / "held_out.spacy").is_file()
    held_out = [json.loads(line) for line in (output / "held_out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [record["doc_id"] for record in held_out] == ["a1"]
