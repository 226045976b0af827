"""An untagged title right before a verb of winning is a work (entity_context.yaml, title-before-win);
a title found going left stops short of a name after "from" and of an inner possessive."""

from __future__ import annotations

from dateline import Document, analyse
from dateline.model import Analysis


def _types(analysis: Analysis) -> dict[str, str]:
    return {entity.name: entity.type for entity in analysis.entities}


def test_an_untagged_title_that_scooped_a_prize_is_a_work_that_won_it() -> None:
    analysis = analyse(Document.create("Why Rivers Burn scooped the grand jury prize for documentaries."))
    assert _types(analysis).get("Why Rivers Burn") == "WORK"
    names = {entity.id: entity.name for entity in analysis.entities}
    assert [(names[fact.participants[0]], fact.arguments.get("object_text")) for fact in analysis.facts] == [
        ("Why Rivers Burn", "grand jury prize")
    ]


def test_a_title_does_not_run_on_into_a_place_after_from() -> None:
    analysis = analyse(Document.create("The film The Quiet Hours from Norway won best foreign film."))
    types = _types(analysis)
    assert types.get("Norway") == "GPE"
    assert not any(name.endswith("from Norway") for name in types)


def test_a_title_with_a_possessive_inside_is_not_cut_at_the_possessive() -> None:
    types = _types(analyse(Document.create("Director Ivo Sand's Old Man's Boots picked up the best film award.")))
    assert types.get("Old Man's Boots") == "WORK"
    assert "Boots" not in types


def test_an_untagged_title_that_swept_the_board_is_a_work_that_won() -> None:
    analysis = analyse(Document.create("Viewers tuned in to see Lady of the Tides: Return of the Queen sweep the board."))
    assert _types(analysis).get("Lady of the Tides: Return of the Queen") == "WORK"
    names = {entity.id: entity.name for entity in analysis.entities}
    wins = [names[fact.participants[0]] for fact in analysis.facts if fact.predicate == "won_award"]
    assert wins == ["Lady of the Tides: Return of the Queen"]
