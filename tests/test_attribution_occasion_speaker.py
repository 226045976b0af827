"""A participle cue on an occasion of speaking (``occasion_nouns``: a speech, a rally, a debate)
has the one who speaks there for source, not the occasion the parser hangs it on."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_the_subject_of_the_verb_holding_the_occasion_speaks(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Ana Reyes started the debate saying the ferry was late."))
    assert ("Ana Reyes", "saying", ["the ferry was late"]) in found


def test_the_subject_speaks_through_most_of_the_debate(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Tobias Renner spent most of the debate defending the harbour plan."))
    assert ("Tobias Renner", "defending", ["the harbour plan"]) in found


def test_a_named_possessor_of_the_speech_speaks(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Tobias Renner will follow Mara Lindqvist's Tuesday speech denouncing his harbour plan."))
    assert ("Mara Lindqvist's", "denouncing", ["his harbour plan"]) in found
