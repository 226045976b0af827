"""A person's short form used as the title of a work about them, or a place's name after "the" that is a
word of a person's name, is kept out of the person's entity."""

from __future__ import annotations

import pytest

from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _entity_of(nlp: object, text: str, mention: str, start: int = 0) -> tuple[str, str]:
    """The name and type of the entity holding the first mention ``mention`` at or after ``start``."""
    position = text.index(mention, start)
    for entity in find_entities(nlp(text)):  # type: ignore[operator]
        if any(m.start == position and m.text == mention for m in entity.mentions):
            return entity.name, entity.type
    raise AssertionError(f"no entity holds {mention!r}")


def test_a_short_form_after_the_full_name_and_in_is_the_work(nlp: object) -> None:
    text = "Tom Hale won praise for playing soul singer Ray Venn in Ray. Venn said the film moved him."
    assert _entity_of(nlp, text, "Ray", text.index(" in ")) == ("Ray", "WORK")
    assert _entity_of(nlp, text, "Venn", text.index("Venn said")) == ("Ray Venn", "PERSON")


def test_a_place_in_a_name_after_in_stays_a_place(nlp: object) -> None:
    text = "The singer Ray Venn in London said he would tour. Venn said the tour would start in May."
    assert _entity_of(nlp, text, "Venn", text.index("Venn said")) == ("Ray Venn", "PERSON")


def test_the_region_after_the_is_no_short_form_of_the_person(nlp: object) -> None:
    text = (
        "Rapper Jordan West toured Russia last year. Many in Moscow resent the West and its banks. "
        "West said he would return."
    )
    assert _entity_of(nlp, text, "West", text.index("the West") + 4) == ("West", "LOC")
    assert _entity_of(nlp, text, "West", text.index("West said")) == ("Jordan West", "PERSON")


def test_a_place_name_modifying_a_noun_after_the_stays_the_persons(nlp: object) -> None:
    text = "Rapper Jordan West toured Russia last year. Critics mocked the West tour. West said he would return."
    assert _entity_of(nlp, text, "West", text.index("the West") + 4)[0] != "West"


def test_a_short_form_after_best_actor_for_is_the_work_the_article_names(nlp: object) -> None:
    text = (
        "The film Ray tells the life of soul singer Ray Venn. Tom Hale won best actor for Ray. "
        "Venn died in 2001."
    )
    assert _entity_of(nlp, text, "Ray", text.index("for Ray")) == ("Ray", "WORK")
    assert _entity_of(nlp, text, "Venn", text.index("Venn died")) == ("Ray Venn", "PERSON")


def test_a_name_after_best_actor_for_is_a_person_when_no_work_has_it(nlp: object) -> None:
    text = "The jury gave best actor for Tom Hale and best actress for Ana Reyes. Hale said he was moved."
    assert _entity_of(nlp, text, "Tom Hale") == ("Tom Hale", "PERSON")


def test_a_short_form_before_director_and_a_name_is_the_work_the_article_names(nlp: object) -> None:
    text = (
        "The film Ray tells the life of soul singer Ray Venn. Ray director Tom Hale has also been nominated."
        " Venn died in 2001."
    )
    assert _entity_of(nlp, text, "Ray", text.index("Ray director")) == ("Ray", "WORK")
