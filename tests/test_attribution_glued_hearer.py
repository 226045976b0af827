"""An organisation right after "told" that the parser glued to the content's subject ("told BBC News
schools had ...") is the hearer, not part of the content (third read sample of news-dev, attr20)."""

from __future__ import annotations


def test_an_outlet_glued_to_the_subject_is_the_hearer(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Ana Reyes told BBC News schools had been crying out for a resource.")
    told = next(a for a in found if a.cue is not None and a.cue.text == "told")
    assert [piece.text for piece in told.content] == ["schools had been crying out for a resource"]
    assert told.source is not None and told.source.outlet is not None and told.source.outlet.text == "BBC News"


def test_an_outlet_before_its_own_reporters_stays_the_hearer_phrase(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("The minister told BBC News reporters that the vote was free.")
    told = next(a for a in found if a.cue is not None and a.cue.text == "told")
    assert [piece.text for piece in told.content] == ["that the vote was free"]
