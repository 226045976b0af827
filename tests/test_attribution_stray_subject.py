"""The end of a reported clause that the parser made a second subject of the cue (``stray_subject``)."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_a_denial_before_its_source_keeps_its_end_and_its_source(attributions) -> None:  # type: ignore[no-untyped-def]
    # "to footballer Idris Kell" is parsed as a second subject of "said", beside "her representative".
    found = attributions("Pop singer Tova Brandt is not engaged to footballer Idris Kell, her representative said on Monday.")
    assert all_roles(found) == [
        ("her representative", "said", ["Pop singer Tova Brandt is not engaged to footballer Idris Kell"])
    ]
    assert found[0].source is not None and found[0].source.anonymous
    assert found[0].factuality.polarity == "negative"


def test_a_single_subject_after_the_clause_is_unchanged(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Mara Quill has not married Ben Tovey, her publicist said."))
    assert found == [("her publicist", "said", ["Mara Quill has not married Ben Tovey"])]
