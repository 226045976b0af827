"""A learned frame of a raising verb ("seems like", "seemed an insult") has no source: its subject
is what the judgement is about, the first piece of the content, as with "[Ana] seems [to agree]"."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_seems_like_takes_its_subject_into_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("The harbour plan seems like a fair idea."))
    assert (None, "seems like", ["The harbour plan", "a fair idea"]) in found


def test_seemed_like_after_a_fronted_phrase(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("By noon the whole festival seemed like a trip to another planet."))
    assert (None, "seemed like", ["the whole festival", "a trip to another planet"]) in found
