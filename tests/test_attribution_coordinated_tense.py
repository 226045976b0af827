"""A verb coordinated with a reported clause in another form than that clause's verb is the speaker's
second act, even when the clause names someone else: "said [the firm had lied] and insisted ..."."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _by_cue(found, cue):  # type: ignore[no-untyped-def]
    return next(a for a in found if a.cue is not None and a.cue.text == cue)


def test_a_second_verb_in_another_form_is_the_speakers(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Ana Reyes said the firm had lied to her and insisted that it owed her money.")
    said, insisted = _by_cue(found, "said"), _by_cue(found, "insisted")
    assert [piece.text for piece in said.content] == ["the firm had lied to her"]
    assert insisted.source is not None and insisted.source.text == "Ana Reyes" and insisted.parent is None


def test_a_second_verb_in_the_same_form_may_be_the_named_persons(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("One official said Ben Okafor quieted the crowd and told his colleagues to wait.")
    said = _by_cue(found, "said")
    assert said.content[0].text.endswith("to wait")
