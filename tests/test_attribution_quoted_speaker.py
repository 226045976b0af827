"""An "I" that attributes something inside a quotation is the quotation's speaker."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _by_source(found, text):  # type: ignore[no-untyped-def]
    return next(a for a in found if a.source is not None and a.source.text == text)


def test_i_in_a_continued_quote_is_its_speaker(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions('Mara Lindqvist was upbeat. "The tour went well," she said. "I think it was our best."')
    outer, inner = _by_source(found, "she"), _by_source(found, "I")
    assert inner.parent == outer.id and outer.kind == "direct"
    assert outer.source is not None and outer.source.entity is not None
    assert (inner.source.entity, inner.source.ref) == (outer.source.entity, outer.source.ref)


def test_i_in_an_unnamed_speakers_quote_is_that_speaker(attributions) -> None:  # type: ignore[no-untyped-def]
    # The author's own "I" first, then an unnamed speaker's: the second "I" is the speaker, not the author.
    found = attributions(
        'I called the depot twice. "I think it was the night crew," one driver told me.'
    )
    author, quoted = (a for a in found if a.source is not None and a.source.text == "I")
    speaker = _by_source(found, "one driver")
    assert quoted.parent == speaker.id
    assert quoted.source.ref == speaker.source.ref != author.source.ref
