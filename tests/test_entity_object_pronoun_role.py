"""An object pronoun the parser makes a subject ("hearing him play") counts as an object when it is a candidate."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return mentions_by_entity(text, "pronoun")


def test_the_one_heard_playing_is_not_the_next_speaker() -> None:
    text = (
        "Conductor Ivo Lark introduced the pianist Rufus Kell and recalled hearing him play in Leeds as a boy. "
        '"Nobody played like that before," he said.'
    )
    found = _pronouns(text)
    assert found["Ivo Lark"] == ["he"]
    assert found["Rufus Kell"] == ["him"]


def test_the_one_seen_stumbling_is_not_the_next_subject() -> None:
    text = "The show's producer, Corin Hale, watched Rufus Kell rehearse and saw him stumble twice. He said it was late."
    found = _pronouns(text)
    assert found["Corin Hale"] == ["He"]
