"""A participle cue after its clause takes the quotation right after its own words, whatever
verbs the clause before it has."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_a_participle_cue_takes_the_quotation_after_it(attributions) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tobias Renner did not seem particularly impressed with the comments that the mayor made on Tuesday, "
        'telling reporters, "A lot of people said she should step down."'
    )
    found = all_roles([a for a in attributions(text) if a.parent is None])
    assert ("Tobias Renner", "telling", ['"A lot of people said she should step down."']) in found
