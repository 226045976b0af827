"""A title a singular copula puts after "nominees" or "contenders" is one of them (entity_context.yaml,
among-nominees-title), so "the biggest hit among the nominees is X" names a nominated work."""

from __future__ import annotations

from dateline import Document, analyse


def _nominated(text: str) -> list[tuple[str, str]]:
    analysis = analyse(Document.create(text))
    entities = {e.id: e for e in analysis.entities}
    return [
        (entities[p].name, entities[p].type)
        for fact in analysis.facts
        if fact.predicate == "nominated"
        for p in fact.participants
    ]


def test_a_title_after_nominees_is_a_nominated_work() -> None:
    text = "The best-selling record among this year's nominees is Lanterns Over Kestrel, which sold well."
    assert _nominated(text) == [("Lanterns Over Kestrel", "WORK")]


def test_a_title_after_contenders_was_is_a_nominated_work() -> None:
    text = "The oldest film among the contenders was Grey Harbour Nights, made in 1952."
    assert _nominated(text) == [("Grey Harbour Nights", "WORK")]


def test_a_list_after_nominees_include_is_not_made_works() -> None:
    text = "Other nominees include Velvet Lanterns, Mara Quill and Tomas Brandt."
    assert ("Velvet Lanterns", "WORK") not in _nominated(text)
