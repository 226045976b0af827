"""The frame lexicon: the packaged file validates, names the contract's predicates, and a broken
user file is reported with its name and entry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.errors import LexiconError
from dateline.lexicons import _load_lexicon, read_data_file
from dateline.stages.facts import frames, triggers
from dateline.stages.facts.frames import frame_lexicon

#: The predicates of the issue (v1) and the gold's extensions, which the KB rules also use.
INVENTORY = {
    "travel", "met", "attended", "romance", "dating", "engaged", "married", "divorced", "split", "pregnant",
    "child_birth", "acted_in", "cast_in", "develops", "release", "collaboration", "feud", "born_in",
    "citizen_of", "lived_in", "moved_to", "works_for", "won_award", "nominated", "performed", "died", "sued",
}


def _clear() -> None:
    for cached in (read_data_file, _load_lexicon, frames.triggers_by_word, triggers._phrases):
        cached.cache_clear()


@pytest.fixture
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("DATELINE_DATA", str(tmp_path))
    _clear()
    yield tmp_path
    monkeypatch.delenv("DATELINE_DATA")
    _clear()


def test_frames_cover_the_inventory() -> None:
    lexicon = frame_lexicon()
    predicates = set(lexicon.frames) | {
        trigger.predicate or trigger.future
        for frame in lexicon.frames.values()
        for trigger in frame.triggers
        if trigger.predicate or trigger.future
    }
    assert INVENTORY <= predicates


def test_ending_events_name_states() -> None:
    lexicon = frame_lexicon()
    assert "married" in lexicon.frames["divorced"].ends
    assert all(lexicon.frames[state].state for frame in lexicon.frames.values() for state in frame.ends)


def _frames_file(folder: Path, *, word: str, slot: str) -> None:
    (folder / "frames.yaml").write_text(
        "role_types: {participants: [PERSON]}\n"
        "future: {auxiliaries: [will], governors: []}\n"
        "frames:\n  married:\n    triggers:\n"
        f"      - words: [{word}]\n        roles: {{participants: [{slot}]}}\n",
        encoding="utf-8",
    )


def test_a_broken_user_file_names_the_entry(user_data: Path) -> None:
    _frames_file(user_data, word="marry", slot="nowhere")
    entry = r"frames\.yaml: entry frames\.married\.triggers\.0\.roles\.participants"
    with pytest.raises(LexiconError, match=entry):
        frame_lexicon()


def test_a_user_file_replaces_the_packaged_one(user_data: Path) -> None:
    _frames_file(user_data, word="espouse", slot="subject")
    assert list(frame_lexicon().frames) == ["married"]
    assert "espouse" in frames.triggers_by_word()
