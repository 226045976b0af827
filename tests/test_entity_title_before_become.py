"""An untagged title before "has become" and a work noun is a work (entity_context.yaml,
title-before-become-work), so "the soap" after it refers back to it."""

from __future__ import annotations

from dateline import Document, analyse


def test_an_untagged_title_that_has_become_the_first_soap_is_a_work_the_soap_refers_to() -> None:
    analysis = analyse(Document.create(
        "Chalk Street has become the first soap to triumph at the awards. The soap beat two dramas to the prize."))
    works = {entity.name: [m.text for m in entity.mentions] for entity in analysis.entities if entity.type == "WORK"}
    assert works.get("Chalk Street") == ["Chalk Street", "The soap"]


def test_a_person_who_has_become_the_first_actor_to_win_is_no_work() -> None:
    analysis = analyse(Document.create("Tom Hale has become the first actor to win twice."))
    assert {entity.name: entity.type for entity in analysis.entities}.get("Tom Hale") == "PERSON"
