"""The cue of "as (first) reported by X" is its verb words, as PolNeAR mostly draws it."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_as_reported_by_has_the_verb_words_as_cue(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("The tour was cancelled, as first reported by the Daily Planet."))
    assert [cue for _, cue, _ in found if cue and "reported" in cue] == ["first reported"]
