"""Descriptions with a place joined by a participle ("the Texas-born singer"; the mention starts after it), a
presenter who is a host, and a description with no one in its window, which goes to the article's subject (ents24)."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _nominals(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its nominal mentions."""
    return mentions_by_entity(text, "nominal")


def test_a_place_born_singer_is_the_singer_named_before() -> None:
    text = "Singer Ana Lopez, 30, has signed a new deal. The Texas-born singer will tour in May."
    assert _nominals(text)["Ana Lopez"] == ["singer"]


def test_a_presenter_is_a_host() -> None:
    text = "Talk show host Mara Quill has returned to London. The British-born presenter is in town to speak at a dinner."
    assert _nominals(text)["Mara Quill"] == ["presenter"]


def test_a_description_after_unattributed_quotations_is_the_articles_subject() -> None:
    text = (
        'Singer Ana Lopez has defended her new album. "I made it for my fans," she said.\n\n'
        '"It was a hard year. "Nobody knew what we were going through."\n\n'
        "The singer will tour the album in May."
    )
    assert _nominals(text)["Ana Lopez"] == ["The singer"]


def test_no_subject_no_description() -> None:
    text = (
        'Singer Ana Lopez and actor Tom Hale have defended the show. "We made it for our fans."\n\n'
        '"It was a hard year. "Nobody knew what we were going through."\n\n'
        "The singer will tour in May."
    )
    assert _nominals(text)["Ana Lopez"] == []
