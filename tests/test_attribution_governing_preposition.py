"""A cue that completes the verb right before it through "by" or "in" takes that verb in (PolNeAR's
entourage): "began by saying", "continued by saying"; not with an object in between."""

from __future__ import annotations

import pytest

from tests.attribution_support import all_roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mara Lindqvist began by saying that the tour had been too long.",
            ("Mara Lindqvist", "began by saying", ["that the tour had been too long"]),
        ),
        (
            "Tobias Renner continued by saying that the band would rest in June.",
            ("Tobias Renner", "continued by saying", ["that the band would rest in June"]),
        ),
    ],
)
def test_the_cue_takes_in_the_verb_it_completes(attributions, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert all_roles(attributions(text)) == [expected]


def test_an_object_between_verb_and_preposition_stays_out(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Mara Lindqvist answered the fans by saying that the van had broken down."))
    assert "saying" in [cue for _, cue, _ in found]


def test_a_verb_with_a_content_of_its_own_keeps_its_cue(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions('"We always finish the tour," Mara Lindqvist says in explaining why the band plays on.'))
    assert ("Mara Lindqvist", "says", ['"We always finish the tour,"']) in found
    assert ("Mara Lindqvist", "explaining", ["why the band plays on"]) in found


def test_a_cue_completing_an_adjective_replaces_the_adjective_s_own(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Tobias Renner was quick to point out that the band had never cancelled a show."))
    assert found == [("Tobias Renner", "was quick to point out", ["that the band had never cancelled a show"])]


def test_a_verb_describing_a_noun_stays_out_of_the_cue(attributions) -> None:  # type: ignore[no-untyped-def]
    # "made" describes "efforts"; the cue is the participle alone.
    found = attributions("For all the efforts Ana Reyes made in urging fans to stay calm, the crowd rioted.")
    assert [a.cue.text for a in found if a.cue is not None] == ["urging"]
