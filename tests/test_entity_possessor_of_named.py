"""The owner of a noun naming someone else ("Orla's aunt Brenna Coyle") is less likely than the one named
to be what a later pronoun refers to; an owner named by a pronoun ("her aunt Brenna") is not marked."""

from __future__ import annotations

import pytest

from dateline.stages.entities import find_entities
from tests.ner import with_entities

pytestmark = pytest.mark.slow


def _pronouns(doc: object) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return {e.name: [m.text for m in e.mentions if m.kind == "pronoun"] for e in find_entities(doc)}  # type: ignore[arg-type]


def test_the_relative_named_after_the_owner_takes_the_pronoun() -> None:
    doc = with_entities(
        "Letters kept by Orla Finnane's aunt Brenna Coyle describe her niece's long illness.",
        ("Orla Finnane", "PERSON"),
        ("Brenna Coyle", "PERSON"),
    )
    found = _pronouns(doc)
    assert found["Brenna Coyle"] == ["her"]
    assert found["Orla Finnane"] == []


def test_an_owner_of_the_other_gender_keeps_the_pronoun() -> None:
    doc = with_entities(
        "The album was produced by Mary Finnane's husband Peter Quayle, who also sings with her on one track.",
        ("Mary Finnane", "PERSON"),
        ("Peter Quayle", "PERSON"),
    )
    assert _pronouns(doc)["Mary Finnane"] == ["her"]
