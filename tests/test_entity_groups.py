"""Group mentions ("the duo", "both stars", "they") linked to each of two people."""

from __future__ import annotations

import pytest

from dateline.model import Entity
from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _groups(text: str) -> dict[str, list[tuple[str, str]]]:
    entities: list[Entity] = find_entities(load_pipeline()(text))
    people = [entity for entity in entities if entity.type == "PERSON"]
    return {e.name: [(m.text, m.group or "") for m in e.mentions if m.kind == "group"] for e in people}


def test_pair_noun_after_a_coordination_is_listed_in_both_with_one_id() -> None:
    found = _groups("Sarah Quill and David Hale arrived in Leeds on Sunday. The duo were greeted by fans.")
    assert found["Sarah Quill"] == found["David Hale"] == [("The duo", "G1")]


def test_later_group_words_follow_the_group() -> None:
    found = _groups(
        "Sarah Quill and David Hale arrived in Leeds on Sunday. The pair were greeted by fans. "
        "Both stars signed autographs. Friends of the stars said the visit was private."
    )
    assert [text for text, _ in found["Sarah Quill"]] == ["The pair", "Both stars", "the stars"]
    assert found["Sarah Quill"] == found["David Hale"]
    assert len({group for _, group in found["Sarah Quill"]}) == 3


def test_they_after_a_coordinated_subject() -> None:
    found = _groups("Sarah Quill and David Hale arrived in Leeds on Sunday. They stayed for two days.")
    assert found["Sarah Quill"] == [("They", "G1")]


def test_they_is_not_linked_across_other_plural_nouns() -> None:
    found = _groups("Sarah Quill and David Hale met the fans. They were thrilled.")
    assert found == {"Sarah Quill": [], "David Hale": []}


def test_bare_plural_without_an_earlier_group_is_not_linked() -> None:
    found = _groups("Sarah Quill met David Hale in Leeds. The stars signed autographs.")
    assert found == {"Sarah Quill": [], "David Hale": []}


def test_they_is_linked_across_plural_nouns_that_are_not_people() -> None:
    found = _groups("Sarah Quill and David Hale sparked romance rumours after they were seen dining in Leeds.")
    assert found["Sarah Quill"] == found["David Hale"] == [("they", "G1")]


def test_the_two_and_a_plural_person_noun_is_a_pair() -> None:
    found = _groups("Sarah Quill and David Hale dined in Leeds. Fans said the two actors looked happy.")
    assert [text for text, _ in found["Sarah Quill"]] == ["the two actors"]
    assert found["Sarah Quill"] == found["David Hale"]


def test_pair_noun_after_one_of_the_pair_is_named_again() -> None:
    found = _groups(
        "Sarah Quill and David Hale met in 1990. The couple split in May. Quill says Hale denied it. "
        "She wants a new house. Quill added that the pair had been happy."
    )
    assert [text for text, _ in found["Sarah Quill"]][-1] == "the pair"
    assert found["Sarah Quill"] == found["David Hale"]


def test_couple_after_a_wedding_is_the_couple_not_the_two_last_named() -> None:
    found = _groups(
        "Nora Peel married Owen Hart in Bath on Friday. Hart's cousin, Ben Hart, read a poem. "
        "The couple will live in Leeds."
    )
    assert [text for text, _ in found["Nora Peel"]] == [text for text, _ in found["Owen Hart"]] == ["The couple"]
    assert found["Ben Hart"] == []


def test_pair_after_a_marriage_by_an_infinitive_takes_the_governing_subject() -> None:
    found = _groups(
        "In 1902 Karl Brandt met Ida Vogt in Bremen, and he came back to marry her. "
        "Her brother Max Vogt and his friend Paul Roth built a shop. Later the couple moved to Ohio."
    )
    assert [text for text, _ in found["Karl Brandt"]] == [text for text, _ in found["Ida Vogt"]] == ["the couple"]
