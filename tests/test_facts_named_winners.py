"""A title named winner or best by a passive verb, found by the entities stage from that context."""

from __future__ import annotations

from dateline import Document, analyse


def _wins(text: str) -> list[tuple[str, str | None]]:
    analysis = analyse(Document.create(text))
    names = {e.id: e.name for e in analysis.entities}
    return [
        (names[fact.participants[0]], fact.arguments.get("object_text"))
        for fact in analysis.facts
        if fact.predicate == "won_award"
    ]


def test_a_title_named_winner_of_a_prize_wins_it_with_its_number_word() -> None:
    text = "In the short film category, Forty Winters of Kestrel Bay was named winner of the jury prize."
    assert _wins(text) == [("Forty Winters of Kestrel Bay", "jury prize")]


def test_a_title_named_best_film_wins_it() -> None:
    text = "In the drama category, Lanterns of Kestrel Pier was named best film."
    assert _wins(text) == [("Lanterns of Kestrel Pier", "best film")]


def test_a_common_noun_named_best_is_no_title() -> None:
    text = "The report was named best of the year by readers of the Kestrel Gazette."
    assert _wins(text) == []
