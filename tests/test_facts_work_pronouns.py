"""An "it" the entities stage links to nobody wins for the work a recent sentence is about."""

from __future__ import annotations

from tests.builders import entity
from tests.facts_support import facts_of


def test_it_named_best_film_is_the_work_the_sentence_before_is_about() -> None:
    text = "The comedy Kestrel Bay opened in May. It was named best film at the Lantern Awards."
    found = facts_of(text, [entity(text, "W1", "Kestrel Bay", "WORK")])
    assert found.named("won_award") == [(["Kestrel Bay"], "best film")]


def test_a_person_in_between_is_passed_over() -> None:
    text = (
        "The ballad Grey Lanterns came out in March. Mara Quill sang it on every show. "
        "It topped the charts in April."
    )
    entities = [entity(text, "W1", "Grey Lanterns", "WORK"), entity(text, "P1", "Mara Quill")]
    assert [names for names, _ in facts_of(text, entities).named("won_award")] == [["Grey Lanterns"]]


def test_a_company_in_between_may_be_what_it_stands_for() -> None:
    text = (
        "The ballad Grey Lanterns came out in March. Harbour Records then signed the band. "
        "It won the best label award."
    )
    entities = [entity(text, "W1", "Grey Lanterns", "WORK"), entity(text, "O1", "Harbour Records", "ORG")]
    assert facts_of(text, entities).named("won_award") == []


def test_a_work_named_three_sentences_back_is_too_far() -> None:
    text = (
        "The ballad Grey Lanterns came out in March. Critics were kind. Sales were slow. "
        "It topped the charts in April."
    )
    assert facts_of(text, [entity(text, "W1", "Grey Lanterns", "WORK")]).named("won_award") == []
