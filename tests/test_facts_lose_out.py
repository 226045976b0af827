"""Losing out on an award: the winner won it, the loser did not (a negative win), and a negated
"did not lose out" says nothing."""

from __future__ import annotations

from tests.facts_support import facts_of, people


def _cast(text: str) -> list:  # type: ignore[type-arg]
    return people(text, "Mara Quill", "Ivo Sand")


def test_losing_out_on_a_prize_is_a_negative_win_for_the_loser() -> None:
    text = "Mara Quill lost out on the best actress prize to Ivo Sand."
    found = facts_of(text, _cast(text))
    wins = {(tuple(fact.participants), fact.polarity) for fact in found.facts if fact.predicate == "won_award"}
    by_name = {name: key for key, name in found.names.items()}
    assert wins == {((by_name["Ivo Sand"],), "positive"), ((by_name["Mara Quill"],), "negative")}


def test_not_losing_out_is_no_fact_about_the_subject() -> None:
    text = "Mara Quill did not lose out on the best actress prize."
    assert facts_of(text, _cast(text)).named("won_award") == []
