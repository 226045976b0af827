"""Bands referred back to: "the band" and "they"/"their" linked to the one band just named."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _links(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun and nominal mentions."""
    entities = find_entities(load_pipeline()(text))
    return {e.name: [m.text for m in e.mentions if m.kind in {"pronoun", "nominal"}] for e in entities}


def test_they_after_a_name_introduced_as_a_band() -> None:
    found = _links("The rock band Velvet Harbour played in Leeds on Friday. They will tour Japan next year.")
    assert found["Velvet Harbour"] == ["They"]


def test_the_band_and_their_after_a_name_taking_a_plural_verb() -> None:
    found = _links("Velvet Harbour are to release a new album. The band said their fans had waited long enough.")
    assert found["Velvet Harbour"] == ["The band", "their"]


def test_a_name_taking_a_singular_verb_is_no_band() -> None:
    found = _links("Velvet Harbour recently reunited in Leeds. They played for two hours.")
    assert found["Velvet Harbour"] == []


def test_a_plural_verb_counts_only_where_bands_are_spoken_of() -> None:
    found = _links("Harbour Mutual are owners of two ports. They have said they cannot raise the money.")
    assert all(not links for links in found.values())


def test_they_is_not_linked_across_plural_people() -> None:
    found = _links("The rock band Velvet Harbour thanked the fans in Leeds. They cheered for an hour.")
    assert found["Velvet Harbour"] == []


def test_two_bands_leave_they_alone() -> None:
    found = _links("The band Velvet Harbour met the band Grey Meadow in Leeds. They played for two hours.")
    assert found["Velvet Harbour"] == [] and found["Grey Meadow"] == []


def test_they_for_two_people_named_together_stays_theirs() -> None:
    entities = find_entities(
        load_pipeline()("The band Velvet Harbour split. Ann Lee and Tom Hale left in May. They moved to Leeds.")
    )
    band = next(e for e in entities if e.name == "Velvet Harbour")
    assert not any(m.text == "They" for m in band.mentions)


def test_a_quoted_they_is_left_alone() -> None:
    found = _links('The rock band Velvet Harbour played in Leeds. "They were great," said Ann Lee.')
    assert found["Velvet Harbour"] == []


def test_a_singer_with_a_given_name_taking_a_plural_verb_is_no_band() -> None:
    found = _links("The band's fans waited. Mara Quill, Tom Hale and Ann Lee are to tour. They will start in May.")
    assert found.get("Mara Quill", []) == []


def test_a_band_title_after_the_name_where_the_ner_missed_it() -> None:
    doc = load_pipeline()(
        "Velvet Harbour drummer Ann Lee is being sued. Velvet Harbour recently reunited after a break. "
        "They formed in 1990."
    )
    doc.ents = [ent for ent in doc.ents if ent.start > 0]  # the NER missing the band before the title
    band = next(e for e in find_entities(doc) if e.name == "Velvet Harbour")
    assert [m.text for m in band.mentions if m.kind != "name"] == ["They"]


def test_a_band_named_like_a_person_is_a_band_by_its_members_title() -> None:
    found = _links("Peter Marlow frontman Tom Hale spoke in Leeds. Peter Marlow must pay tax on their sales.")
    assert found["Peter Marlow"] == ["their"]
