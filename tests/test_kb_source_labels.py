"""How a fact's source is shown: the author, a named or anonymous source via an outlet, or the crowd."""

from __future__ import annotations

from dateline.kb.facts import SourceInfo


def _crowd(text: str) -> str:
    return SourceInfo(kind="attribution", text=text, anonymous=True, crowd=True).label()


def test_a_crowd_of_people_keeps_its_word() -> None:
    assert _crowd("Fans") == "Fans (crowd)"
    assert _crowd("some viewers") == "some viewers (crowd)"


def test_a_crowd_named_by_its_talk_is_public_speculation() -> None:
    for text in ("tongues", "mill", "romance rumours", "Speculation"):
        assert _crowd(text) == "public speculation (crowd)", text


def test_anonymous_and_named_sources_keep_their_labels() -> None:
    insider = SourceInfo(kind="attribution", text="One insider", anonymous=True, via="StarWatch.com")
    assert insider.label() == "One insider (anonymous) via StarWatch.com"
    assert SourceInfo(kind="attribution", text="she", entity="Carla Benn").label() == "Carla Benn"
    assert SourceInfo(kind="author").label() == "author"
