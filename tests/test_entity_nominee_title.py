"""A title after a nominee noun is a work (entity_context.yaml, nominee-title), and so are the titles
listed after it, one typed as an amount too; a person's name, or a surname of a person named in the
document (rule setting not_surnames), is kept."""

from __future__ import annotations

from dateline import Document, analyse
from dateline.model import Analysis


def _types(analysis: Analysis) -> dict[str, str]:
    return {entity.name: entity.type for entity in analysis.entities}


def _nominated(analysis: Analysis) -> list[str]:
    names = {entity.id: entity.name for entity in analysis.entities}
    return sorted(names[fact.participants[0]] for fact in analysis.facts if fact.predicate == "nominated")


def test_titles_after_contenders_are_works_and_nominated() -> None:
    text = "Leading contenders The Grey Harbour, Million Dollar Rose and Tide all lost takings this week."
    analysis = analyse(Document.create(text))
    assert _types(analysis).get("Million Dollar Rose") == "WORK"
    assert {"The Grey Harbour", "Million Dollar Rose"} <= set(_nominated(analysis))


def test_a_surname_after_nominee_stays_the_person_named_before() -> None:
    text = "Hilda Brank starred. Best actress nominee Brank, 35, was among the winners."
    types = _types(analyse(Document.create(text)))
    assert types.get("Hilda Brank") == "PERSON"
    assert types.get("Brank") != "WORK"


def test_a_name_after_plural_contenders_not_set_off_by_punctuation_is_no_title() -> None:
    types = _types(analyse(Document.create("Leading contenders Dovey Lark and Tam Fenn were both absent.")))
    assert types.get("Dovey Lark") != "WORK"
