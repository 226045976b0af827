"""A name the NER typed PERSON that opens with "The" is a work's title (mentions._retype_the_names), unless it
is plural (a band's name), owns something or speaks."""

from __future__ import annotations

from dateline import Document, analyse


def _types(text: str) -> dict[str, str]:
    return {entity.name: entity.type for entity in analyse(Document.create(text)).entities}


def test_a_person_typed_name_opening_with_the_is_a_work() -> None:
    assert _types("The Da Silva Pact argues that the abbot had a daughter.").get("The Da Silva Pact") == "WORK"


def test_a_the_name_that_speaks_stays_a_person() -> None:
    text = "The Da Silva Pact argues that the abbot had a daughter. The Da Silva Pact said he was pleased."
    assert _types(text).get("The Da Silva Pact") != "WORK"


def test_a_plural_the_name_is_left_as_typed() -> None:
    assert _types("The Velvet Harbours won awards for best group.").get("The Velvet Harbours") != "WORK"


def test_a_the_name_modifying_a_noun_is_left_as_typed() -> None:
    types = _types("The Ray Kestrel biopic, Ray, opened in March.")
    assert types.get("The Ray Kestrel") == "PERSON"
    assert types.get("Ray") == "WORK"
