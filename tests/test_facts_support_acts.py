"""A support act on a headliner's tour: both perform on it."""

from __future__ import annotations

from dateline.model import Entity, Mention
from tests.builders import entity, span
from tests.facts_support import facts_of


def _named_once(text: str, id: str, name: str, *, nth: int) -> Entity:
    """An entity the entities stage found at one of the places its name is written only."""
    at = span(text, name, nth)
    return Entity(id=id, name=name, type="ORG", mentions=[Mention(start=at.start, end=at.end, text=name)])


def test_the_support_act_and_the_headliner_both_perform_on_the_tour() -> None:
    text = "Grey Meadow will support Velvet Harbour on their spring tour."
    entities = [entity(text, "O1", "Grey Meadow", "ORG"), entity(text, "O2", "Velvet Harbour", "ORG")]
    assert sorted(facts_of(text, entities).named("performed")) == [
        (["Grey Meadow"], "spring tour"), (["Velvet Harbour"], "spring tour")
    ]


def test_a_name_of_capitals_and_figures_read_as_a_noun_is_still_the_entity() -> None:
    # the entities stage links only the second "M8"; the first, tagged a noun, is the same band
    text = "Grey Meadow will support M8 on their spring tour, but M8 have no new album."
    entities = [entity(text, "O1", "Grey Meadow", "ORG"), _named_once(text, "O2", "M8", nth=1)]
    assert (["M8"], "spring tour") in facts_of(text, entities).named("performed")


def test_supporting_a_cause_on_a_visit_is_no_performance() -> None:
    text = "Grey Meadow will support the charity on their visit to Leeds."
    assert facts_of(text, [entity(text, "O1", "Grey Meadow", "ORG")]).named("performed") == []
