"""A person's name the NER cut at a lower-case particle ("Sandra den" + "Hamer") is made whole; a "the" it ran
into a maker's name before a work noun ("the Tom de Vries thriller") is no part of the name."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _people(text: str, ents: list[tuple[int, int, str]]) -> list[str]:
    doc = load_pipeline()(text)
    doc.ents = [Span(doc, start, end, label) for start, end, label in ents]
    return [e.name for e in find_entities(doc) if e.type == "PERSON"]


def test_a_name_cut_after_its_particle_is_made_whole() -> None:
    # Festival(0) director(1) Mira(2) den(3) Holt(4)
    assert _people("Festival director Mira den Holt said the films were ready.", [(2, 4, "PERSON"), (4, 5, "ORG")]) == [
        "Mira den Holt"
    ]


def test_a_name_cut_before_its_particles_is_made_whole() -> None:
    # Minister(0) Greta(1) von(2) der(3) Lind(4)
    assert _people("Minister Greta von der Lind spoke on Monday.", [(1, 2, "PERSON"), (2, 5, "PERSON")]) == [
        "Greta von der Lind"
    ]


def test_a_surname_found_alone_takes_the_given_name_and_particle_before_it() -> None:
    assert _people("Director Sandra van Olst said the films were ready.", [(3, 4, "ORG")]) == ["Sandra van Olst"]


def test_a_person_s_name_ending_with_a_particle_takes_the_surname_after_it() -> None:
    assert _people("Director Sandra van Olst said the films were ready.", [(1, 3, "PERSON")]) == ["Sandra van Olst"]


def test_particles_after_no_given_name_join_nothing() -> None:
    doc = load_pipeline()("The Tour de France starts in Brest.")
    doc.ents = [Span(doc, 1, 2, "EVENT"), Span(doc, 3, 4, "GPE")]
    assert [e.name for e in find_entities(doc)][:2] == ["Tour", "France"]


def test_a_name_the_ner_missed_keeps_its_particle_and_surname() -> None:
    assert _people("They felt they lived in a Pierre le Vasseur novel.", []) == ["Pierre le Vasseur"]


def test_the_before_a_person_s_name_modifying_a_work_noun_is_no_part_of_the_name() -> None:
    # Last(0) week(1) 's(2) hit(3) ,(4) the(5) Tom(6) de(7) Vries(8) thriller(9)
    text = "Last week's hit, the Tom de Vries thriller Dark Water, fell to fourth."
    assert _people(text, [(5, 9, "ORG"), (10, 12, "WORK_OF_ART")]) == ["Tom de Vries"]


def test_the_before_a_name_of_a_place_stays_with_it() -> None:
    text = "He knew of the George Washington Bridge lane closures."
    assert _people(text, [(3, 7, "ORG")]) == []
