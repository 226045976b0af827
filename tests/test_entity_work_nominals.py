"""Definite descriptions of a work just named ("the film", "the soap") in the entities stage."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _nominals(text: str) -> dict[str, list[str]]:
    entities = find_entities(load_pipeline()(text))
    return {e.name: [m.text for m in e.mentions if m.kind == "nominal"] for e in entities if e.type == "WORK"}


def test_the_film_is_the_one_film_just_named() -> None:
    text = "The movie Salt Orchard was due out in January. A court postponed the film's launch."
    assert _nominals(text)["Salt Orchard"] == ["the film"]


def test_two_works_named_before_leave_the_description_alone() -> None:
    text = "The movie Salt Orchard and the movie Velvet Harbour came out. The film was a hit."
    assert _nominals(text) == {"Salt Orchard": [], "Velvet Harbour": []}


def test_a_work_introduced_as_another_kind_is_not_referred_to() -> None:
    text = "The album Velvet Harbour came out in May. The film was a hit."
    assert _nominals(text) == {"Velvet Harbour": []}


@pytest.mark.parametrize(
    "sentence",
    ["The film director praised it.", "The next film opens in May.", "The film Copperline opens in May.",
     "The film of the book opens in May."],
)
def test_descriptions_that_pick_out_another_work_are_not_tied(sentence: str) -> None:
    text = f"Ivo Sand starred in the movie Salt Orchard. {sentence}"
    assert _nominals(text)["Salt Orchard"] == []


def test_a_work_named_too_long_before_is_not_referred_to() -> None:
    text = ("The movie Salt Orchard opened in May. Ivo Sand was there. Mara Quill was not. "
            "Tobias Wren came late. The film was a hit.")
    assert _nominals(text)["Salt Orchard"] == []


def test_with_no_work_just_named_the_description_is_the_work_the_article_opens_with() -> None:
    text = ("Velvet Harbour, the charity anthem, has been re-issued. More than 40 stars sang on it. "
            "Fans raised millions. Critics loved the video. The single was first released in 1985.")
    assert _nominals(text)["Velvet Harbour"] == ["The single"]


def test_a_film_owned_by_a_name_since_the_work_leaves_the_film_alone() -> None:
    text = (
        "Animated comedy The Glass Otters took $24m. Last week Tom Varley's film met with scathing reviews."
        " The film stars Ann Lee as a queen."
    )
    assert _nominals(text)["The Glass Otters"] == []
