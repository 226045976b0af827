"""The cue tagger's training data: gold cues as CUE entities, one version per article, a fixed split."""

from __future__ import annotations

from typing import Any

from dateline.learn.cue_tagger import CUE_LABEL, cue_doc, first_versions, held_out, split_records
from dateline.nlp import load_pipeline

TEXT = "Mara Lindqvist told reporters  on Monday that Tobias Renner was expected to resign."


def _span(part: str) -> dict[str, Any]:
    start = TEXT.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def _record(cues: list[list[dict[str, Any]]], *, doc_id: str = "d1") -> dict[str, Any]:
    attributions = [{"id": f"E{n}", "source": [], "cue": cue, "content": []} for n, cue in enumerate(cues)]
    return {"doc_id": doc_id, "text": TEXT, "attributions": attributions}


def test_each_cue_piece_is_an_entity_widened_to_whole_tokens() -> None:
    pieces = [{**_span("told"), "start": TEXT.index("told") + 1}, _span("on Monday")]
    doc = cue_doc(_record([pieces]), nlp=load_pipeline())
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("told", CUE_LABEL), ("on Monday", CUE_LABEL)]


def test_a_piece_overlapping_an_earlier_one_is_dropped() -> None:
    doc = cue_doc(_record([[_span("was expected to")], [_span("expected")], [_span("told")]]), nlp=load_pipeline())
    assert [ent.text for ent in doc.ents] == ["told", "was expected to"]


def test_whitespace_at_a_cues_edges_is_left_out() -> None:
    doc = cue_doc(_record([[_span("reporters  on")], [_span("  ")]]), nlp=load_pipeline())
    assert [ent.text for ent in doc.ents] == ["reporters  on"]
    doc = cue_doc(_record([[_span("told reporters  ")]]), nlp=load_pipeline())
    assert [ent.text for ent in doc.ents] == ["told reporters"]


def test_the_split_is_fixed_and_keeps_one_version_per_article() -> None:
    ids = [f"article-{n}" for n in range(40)]
    assert [held_out(doc_id) for doc_id in ids] == [held_out(doc_id) for doc_id in ids]
    assert 0 < sum(held_out(doc_id) for doc_id in ids) < 20
    records = [_record([], doc_id=doc_id) for doc_id in ids] + [_record([[_span("told")]], doc_id="article-0")]
    assert first_versions(records)[0]["attributions"] == []
    data = split_records(records)
    assert len(data.train) + len(data.held_out) == 40
    assert all(held_out(r["doc_id"]) for r in data.held_out) and not any(held_out(r["doc_id"]) for r in data.train)
