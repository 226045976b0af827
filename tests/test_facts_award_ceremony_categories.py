"""nominated: a count of prizes names no award; the ceremony "at" names it, with the categories it lists
after "including", each its own nomination."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of, people


def test_a_count_of_prizes_at_a_ceremony_is_a_nomination_per_listed_category() -> None:
    text = ("The Velvet Hares have been nominated for four prizes at this year's Silver Harp Awards, "
            "including best band and best debut album.")
    entities = [*people(text, "The Velvet Hares", type="ORG"), entity(text, "E1", "Silver Harp Awards", "EVENT")]
    assert sorted(facts_of(text, entities).named("nominated"), key=str) == [
        (["The Velvet Hares"], "Silver Harp Awards"),
        (["The Velvet Hares"], "best band"),
        (["The Velvet Hares"], "best debut album"),
    ]


def test_a_ceremony_listing_no_category_is_the_one_award() -> None:
    text = ("The Velvet Hares have been nominated for two prizes at the Silver Harp Awards, including "
            "Mara Quill's comeback show.")
    entities = [*people(text, "The Velvet Hares", type="ORG"), *people(text, "Mara Quill"),
                entity(text, "E1", "Silver Harp Awards", "EVENT")]
    assert facts_of(text, entities).named("nominated") == [(["The Velvet Hares"], "Silver Harp Awards")]


def test_a_category_named_by_for_is_not_replaced_by_the_ceremony() -> None:
    text = "Mara Quill was nominated for best actress at the Silver Harp Awards."
    entities = [*people(text, "Mara Quill"), entity(text, "E1", "Silver Harp Awards", "EVENT")]
    assert facts_of(text, entities).named("nominated") == [(["Mara Quill"], "best actress")]


def test_nominations_an_award_includes_are_no_categories() -> None:
    text = "Mara Quill was shortlisted for six Silver Harps, including nominations for best actress and best song."
    entities = [*people(text, "Mara Quill"), entity(text, "E1", "Silver Harps", "EVENT")]
    assert facts_of(text, entities).named("nominated") == [(["Mara Quill"], "Silver Harps")]
