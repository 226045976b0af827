"""A title after "classic" is a work (entity_context.yaml, classic-title), whatever the NER took it for."""

from __future__ import annotations

from dateline import Document, analyse


def test_a_title_after_classic_is_a_work() -> None:
    analysis = analyse(Document.create("Ann Lee is filming a remake of Hollywood classic Silver Harbour in Wellington."))
    types = {entity.name: entity.type for entity in analysis.entities}
    assert types.get("Silver Harbour") == "WORK"
    assert types.get("Hollywood") == "GPE"


def test_a_person_after_classic_is_kept() -> None:
    analysis = analyse(Document.create("The classic Tom Hale performance was shown again."))
    assert {entity.name: entity.type for entity in analysis.entities}.get("Tom Hale") == "PERSON"
