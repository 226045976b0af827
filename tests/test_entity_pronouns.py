"""The pronoun resolver: agreement, binding, quotations."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    """Person name -> the pronouns tied to them, in text order."""
    found = {}
    for entity in find_entities(load_pipeline()(text)):
        if entity.type == "PERSON":
            found[entity.name] = [m.text for m in entity.mentions if m.kind == "pronoun"]
    return found


def test_gender_from_given_names_decides() -> None:
    found = _pronouns("Sarah Quill met David Hale in Leeds. She said the film would open in May.")
    assert found == {"Sarah Quill": ["She"], "David Hale": []}


def test_possessive_goes_to_its_clause_subject() -> None:
    found = _pronouns("Daniel Wren thanked his band after the concert.")
    assert found["Daniel Wren"] == ["his"]


def test_a_non_reflexive_object_is_not_its_own_subject() -> None:
    found = _pronouns("Sarah Quill said that Emma Hale praised her warmly.")
    assert found == {"Sarah Quill": ["her"], "Emma Hale": []}


def test_a_pronoun_in_a_quote_is_not_its_speaker() -> None:
    found = _pronouns('Daniel Wren was asked about his old teacher. "He changed my life," Wren said.')
    assert found["Daniel Wren"] == ["his", "my"]


def test_first_person_in_a_quote_is_its_speaker() -> None:
    found = _pronouns('"I am thrilled to be back," Sarah Quill said on Monday.')
    assert found["Sarah Quill"] == ["I"]


def test_each_pronoun_goes_to_the_person_of_its_gender() -> None:
    found = _pronouns("Sarah Quill and David Hale toured Spain, where he wrote the songs and she sang them.")
    assert found == {"Sarah Quill": ["she"], "David Hale": ["he"]}


def test_a_lone_given_name_gives_its_gender() -> None:
    found = _pronouns("Vanessa met Tom at the studio. He said the album was done.")
    assert found == {"Vanessa": [], "Tom": ["He"]}


def test_a_fronted_pronoun_may_refer_to_the_possessor_of_the_subject_after_it() -> None:
    found = _pronouns("Throughout her tour, Mara Quill's voice held up.")
    assert found["Mara Quill"] == ["her"]


def test_the_name_in_apposition_to_the_pronouns_own_noun_is_not_its_referent() -> None:
    found = _pronouns("Daniel Wren arrived late. His spokesman, Tom Bell, said the deal was done.")
    assert found == {"Daniel Wren": ["His"], "Tom Bell": []}


def test_a_reflexive_does_not_look_ahead() -> None:
    found = _pronouns("As Daniel Wren tried to present himself as calm, Peter Hale laughed.")
    assert found["Peter Hale"] == []


def test_the_name_after_the_pronouns_own_title_is_not_its_referent() -> None:
    from dateline.stages.entities.pronouns import _excluded

    doc = load_pipeline()("His longtime publicist Tom Hale said the museum would open in May.")
    pronoun, name = doc[0], next(token for token in doc if token.text == "Hale")
    assert _excluded(name, pronoun, "possessive")
    other = load_pipeline()("Tom Hale thanked his longtime publicist.")
    assert not _excluded(other[1], other[3], "possessive")  # "his" may be Tom Hale's


def test_a_gendered_apposition_wins_over_the_given_name() -> None:
    entities = find_entities(
        load_pipeline()("Tom Hale is being sued. The woman, Robin Marsh, said Hale promised her support.")
    )
    robin = next(e for e in entities if e.name == "Robin Marsh")
    assert [m.text for m in robin.mentions if m.kind == "pronoun"] == ["her"]
