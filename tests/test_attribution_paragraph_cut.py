"""A source or content the parser ran into the paragraph before the cue's is cut to the cue's
paragraph ("7:40 p.m.", a headline with no full stop), not dropped with its attribution."""

from __future__ import annotations

from dateline.nlp import load_pipeline
from dateline.stages.attribution import _cut_to_paragraph
from dateline.stages.attribution_candidate import Candidate

_TEXT = "Tour notes\n\nThe ferry, Ana said, was late."


def _candidate(*, source: str) -> tuple[Candidate, bool]:
    doc = load_pipeline().make_doc(_TEXT)
    said = _TEXT.index("said")
    low = _TEXT.index(source)
    candidate = Candidate(
        cue=(said, said + 4),
        head=doc[0],
        content=[(0, _TEXT.index(",")), (_TEXT.index("was"), len(_TEXT) - 1)],
        source=(low, low + len(source)),
    )
    return candidate, _cut_to_paragraph(doc, candidate, _TEXT)


def test_a_content_run_into_the_paragraph_before_is_cut() -> None:
    candidate, kept = _candidate(source="Ana")
    assert kept
    assert [_TEXT[start:end] for start, end in candidate.content] == ["The ferry", "was late"]


def test_a_source_in_the_paragraph_before_drops_the_attribution() -> None:
    _, kept = _candidate(source="Tour notes")
    assert not kept
