"""An infinitive cue verb with no subject and no quotation is no attribution: "her
refusal to endorse Ana", "it is too soon to say whether ..."."""

from __future__ import annotations

import pytest

from tests.attribution_support import all_roles


@pytest.mark.parametrize(
    "text",
    [
        "Her refusal to endorse Tobias Renner surprised the band.",
        "It is too soon to say whether the tour will make money.",
    ],
)
def test_an_infinitive_cue_without_a_subject_attributes_nothing(attributions, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all_roles(attributions(text)) == []


def test_a_participle_cue_with_a_subject_still_attributes(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions('Tobias Renner left the stage, saying "we are sorry" to the crowd.'))
    assert ("Tobias Renner", "saying", ['"we are sorry" to the crowd']) in found
