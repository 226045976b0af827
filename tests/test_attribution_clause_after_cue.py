"""A cue verb with a clause hung on it on each side says the one after it: the clause before its
subject was said before the cue ("..., so we thought [X]"); a quotation before a cue outside it is
still what the cue says."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_the_clause_after_the_cue_is_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    text = '"We wanted to thank the fans in the best way we could, so we thought a free concert would be the right gift."'
    assert ("we", "thought", ["a free concert would be the right gift"]) in all_roles(attributions(text))


def test_a_quotation_before_the_cue_stays_its_content(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "“I’m a lawyer. I’m not a judge,” Marco Diaz said, after host Ben Cole noted that Diaz was checking the facts."
    assert ("Marco Diaz", "said", ["“I’m a lawyer. I’m not a judge,”"]) in all_roles(attributions(text))
