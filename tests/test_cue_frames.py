"""Learning cue frames from gold attributions, and the shipped frames file."""

from __future__ import annotations

import itertools

import pytest

from dateline.learn.cue_frames import count_frames, cue_frames, dump_cue_frames, frame_relations

TEXT = "Mara vowed to fight on. Tobias vowed to rest. Ana rested."


def test_the_shipped_frames_load_and_are_above_their_thresholds() -> None:
    frames = cue_frames()
    assert frames.frames
    assert all(f.precision >= frames.min_precision and f.support >= frames.min_support for f in frames.frames)
    grouped = frames.by_lemma()
    assert all(a.precision >= b.precision for group in grouped.values() for a, b in itertools.pairwise(group))


def test_dump_writes_a_header_and_round_trips() -> None:
    import yaml

    from dateline.learn.cue_frames import CueFrames

    frames = cue_frames()
    text = dump_cue_frames(frames)
    assert text.startswith("# Learned by")
    assert CueFrames.model_validate(yaml.safe_load(text)) == frames


@pytest.mark.slow
def test_counting_frames_against_gold() -> None:
    from dateline.nlp import load_pipeline

    doc = load_pipeline()(TEXT)
    vowed = next(t for t in doc if t.text == "vowed")
    assert ("xcomp", "fight") in [(relation, head.text) for relation, head in frame_relations(vowed)]
    cue = TEXT.index("vowed")
    content = TEXT.index("to fight on")
    record = {
        "text": TEXT,
        "attributions": [
            {
                "cue": [{"start": cue, "end": cue + 5}],
                "content": [{"start": content, "end": content + len("to fight on")}],
                "source": [],
            }
        ],
    }
    seen, right = count_frames([record], [doc])
    assert seen[("vow", "xcomp")] == 2 and right[("vow", "xcomp")] == 1
