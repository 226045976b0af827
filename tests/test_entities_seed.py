"""The entities stage on the article the project was founded on (read from ../shared at run time)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from dateline.model import Entity
from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_8a8ad502f054ce81.txt"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SEED.is_file(), reason="the seed article is not beside the repository"),
]


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[Entity]]:
    raw = SEED.read_text(encoding="utf-8")
    header = re.match(r"\s*date (\d{4}-\d{2}-\d{2})\s+", raw)
    assert header is not None
    text = raw[header.end() :]
    return text, find_entities(load_pipeline()(text), document_date=dt.date.fromisoformat(header.group(1)))


def _one(entities: list[Entity], name: str) -> Entity:
    (entity,) = [entity for entity in entities if entity.name == name]
    return entity


def _texts(entity: Entity) -> list[str]:
    return [mention.text.replace("’", "'") for mention in entity.mentions]


def _attributes(entity: Entity) -> set[tuple[str, str]]:
    return {(attribute.name, attribute.value) for attribute in entity.attributes}


def test_people_and_their_name_forms(seed: tuple[str, list[Entity]]) -> None:
    text, entities = seed
    ana, tom = _one(entities, "Ana de Armas"), _one(entities, "Tom Cruise")
    assert {"ANA de Armas", "Ana", "de Armas"} <= set(_texts(ana))
    she = text.index("She became a household name")
    assert any(m.kind == "pronoun" and m.start == she for m in ana.mentions)
    assert {"Cruise", "Tom", "Tom's"} <= set(_texts(tom))
    assert _one(entities, "Marc Clotet").type == "PERSON"


def test_the_pair_is_a_group_of_both(seed: tuple[str, list[Entity]]) -> None:
    _, entities = seed
    ana, tom = _one(entities, "Ana de Armas"), _one(entities, "Tom Cruise")
    shared = {(m.text, m.start, m.group) for m in ana.mentions if m.kind == "group"} & {
        (m.text, m.start, m.group) for m in tom.mentions if m.kind == "group"
    }
    assert {"The duo", "the pair", "the stars"} <= {text for text, _, _ in shared}


def test_works_organisations_and_places(seed: tuple[str, list[Entity]]) -> None:
    _, entities = seed
    types = {entity.name: entity.type for entity in entities}
    works = {
        "Blonde",
        "El Internado",
        "Mission: Impossible – The Final Reckoning",
        "Ballerina",
        "John Wick",
        "The Seven Husbands of Evelyn Hugo",
        "Days of Thunder",
    }
    assert {name: types.get(name) for name in works} == dict.fromkeys(works, "WORK")
    assert types["DailyMail.com"] == types["Netflix"] == "ORG"
    for place in ("London", "Madrid", "Cuba", "Spain", "Los Angeles", "Costa Brava"):
        assert types[place] in {"GPE", "LOC"}


def test_attributes(seed: tuple[str, list[Entity]]) -> None:
    _, entities = seed
    ana = _attributes(_one(entities, "Ana de Armas"))
    assert {("age", "36"), ("birthplace", "Cuba"), ("citizenship", "Spain")} <= ana
    assert ("age", "62") in _attributes(_one(entities, "Tom Cruise"))
    assert {("occupation", "actor"), ("nationality", "Spanish")} <= _attributes(_one(entities, "Marc Clotet"))
