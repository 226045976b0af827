"""An adverb right after the cue verb that modifies it is in the cue ("said repeatedly", "shot
back", "wrote back:"), but not a word standing for the content ("said so"); so is the preposition
linking the cue to its content after such an adverb or a particle ("spoke highly of", "lashed out
at")."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_an_adverb_after_the_verb_is_in_the_cue(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Tobias Renner said repeatedly that the tour would go on."))
    assert found == [("Tobias Renner", "said repeatedly", ["that the tour would go on"])]


def test_back_and_the_colon_after_it_are_in_the_cue(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions('Ana Reyes wrote back: "We are fine."'))
    assert found == [("Ana Reyes", "wrote back:", ['"We are fine."'])]


def test_a_proform_after_the_verb_stays_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Half of the fans said so."))
    assert found == [("Half of the fans", "said", ["so"])]


def test_the_preposition_after_a_particle_or_adverb_is_in_the_cue(attributions) -> None:  # type: ignore[no-untyped-def]
    assert all_roles(attributions("Tobias Renner spoke highly of the young drummer.")) == [
        ("Tobias Renner", "spoke highly of", ["the young drummer"])
    ]
    assert all_roles(attributions("Ana Reyes lashed out at the new rules for concerts.")) == [
        ("Ana Reyes", "lashed out at", ["the new rules for concerts"])
    ]
