"""A name typed PERSON that only ever modifies a common noun ("the Ostrava athlete", "the Dunmere trial")
takes no pronoun, unless it has a given name or a person noun marks it as a person's."""

from __future__ import annotations

import pytest

from dateline.stages.entities import find_entities
from tests.ner import with_entities

pytestmark = pytest.mark.slow


def _mentions(text: str, *entities: tuple[str, str, int]) -> dict[str, list[str]]:
    return {
        entity.name: [m.text for m in entity.mentions] for entity in find_entities(with_entities(text, *entities))
    }


def test_a_place_before_a_person_noun_takes_no_pronoun() -> None:
    mentions = _mentions(
        "Mara Quill won gold in Athens. But doubts grow when the Ostrava athlete begins questioning herself.",
        ("Mara Quill", "PERSON", 0),
        ("Ostrava", "PERSON", 0),
    )
    assert mentions == {"Mara Quill": ["Mara Quill", "herself"], "Ostrava": ["Ostrava"]}


def test_a_team_before_a_person_noun_takes_no_pronoun() -> None:
    mentions = _mentions(
        "Tom Vell praised the players. The former Ostrava coach was forced to watch the end of his side's win.",
        ("Tom Vell", "PERSON", 0),
        ("Ostrava", "PERSON", 0),
    )
    assert mentions == {"Tom Vell": ["Tom Vell", "his"], "Ostrava": ["Ostrava"]}


def test_an_affair_before_a_noun_takes_no_pronoun() -> None:
    mentions = _mentions(
        "Polls were taken before the Dunmere trial began. The prosecution claims he knew of the closures.",
        ("Dunmere", "PERSON", 0),
    )
    assert mentions["Dunmere"] == ["Dunmere"]


def test_a_name_with_a_given_name_keeps_its_pronoun() -> None:
    mentions = _mentions(
        "Critics praised the Tom Vell film. He said it took ten years.",
        ("Tom Vell", "PERSON", 0),
    )
    assert mentions["Tom Vell"] == ["Tom Vell", "He"]


def test_a_name_also_named_alone_keeps_its_pronoun() -> None:
    mentions = _mentions(
        "Vorsk sold the Vorsk estate. He moved to Leeds.",
        ("Vorsk", "PERSON", 0),
        ("Vorsk", "PERSON", 1),
    )
    assert mentions["Vorsk"] == ["Vorsk", "Vorsk", "He"]
