"""A plural pronoun source ("they") does not stand for the one person who spoke last: "Ana attacked the
tabloids after they reported she was ill" is the tabloids' report, not Ana's."""

from __future__ import annotations


def _source_of(attributions, text: str, cue: str):  # type: ignore[no-untyped-def]
    return next(a.source for a in attributions(text) if a.cue is not None and a.cue.text == cue)


def test_they_is_not_the_person_who_spoke_before(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Singer Ana Reyes criticised the tabloids, saying they reported that she was ill."
    source = _source_of(attributions, text, "reported")
    assert (source.text, source.entity) == ("they", None)


def test_they_still_takes_a_group_that_spoke(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "A group of local traders said the market was too small. They said that rents were too high."
    first = _source_of(attributions, text, "said")
    second = [a for a in attributions(text) if a.source is not None and a.source.text == "They"]
    assert second and second[0].source.ref == first.ref


def test_he_still_takes_the_person_who_spoke(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Reyes criticised the plan on Monday. The council met later. She said that the rents were too high."
    source = _source_of(attributions, text, "said")
    assert source.entity is not None
