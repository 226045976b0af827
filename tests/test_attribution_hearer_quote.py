"""A quotation just before the sentence of a cue whose only object is its hearer is that cue's."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_the_hearer_does_not_keep_the_quotation_from_its_cue(attributions) -> None:  # type: ignore[no-untyped-def]
    text = '"We are going to take back the hall. We will win." Tobias Renner told reporters during a call on Tuesday.'
    found = all_roles(attributions(text))
    assert ("Tobias Renner", "told", ['"We are going to take back the hall. We will win."']) in found


def test_a_verb_that_says_something_of_its_object_does_not_take_it(attributions) -> None:  # type: ignore[no-untyped-def]
    text = '"We are going to take back the hall. We will win." Tobias Renner warned musicians against joining a party.'
    found = all_roles(attributions(text))
    assert all(content != ['"We are going to take back the hall. We will win."'] for _, _, content in found)
