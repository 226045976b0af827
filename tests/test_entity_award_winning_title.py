"""A title after an award's name and "-winning" or "-nominated" is a work (entity_context.yaml,
award-winning-title); a person's name there stays a person."""

from __future__ import annotations

from dateline import Document, analyse
from dateline.model import Analysis


def _types(analysis: Analysis) -> dict[str, str]:
    return {entity.name: entity.type for entity in analysis.entities}


def test_a_title_after_oscar_winning_is_a_work_that_won_the_oscar() -> None:
    analysis = analyse(Document.create("Sales lacked a hit like last year's Oscar-winning Lord of the Tides."))
    assert _types(analysis).get("Lord of the Tides") == "WORK"
    names = {entity.id: entity.name for entity in analysis.entities}
    wins = [(names[fact.participants[0]], fact.arguments.get("object_text"))
            for fact in analysis.facts if fact.predicate == "won_award"]
    assert wins == [("Lord of the Tides", "Oscar")]


def test_a_person_after_oscar_winning_stays_a_person() -> None:
    analysis = analyse(Document.create("The Oscar-winning Hilary Swank arrived in London on Monday."))
    assert _types(analysis).get("Hilary Swank") == "PERSON"
