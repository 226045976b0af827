"""A subject pronoun after a sentence whose subject is a description ("The actor began ...") goes to the
person the description is about, not a name that sentence mentions in passing."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return mentions_by_entity(text, "pronoun")


def test_he_after_the_actor_is_the_actor() -> None:
    text = (
        "Scottish actor Ewan Traill, who was nominated for a Bafta in 1961, has died at the age of 80. Traill,"
        " whose nomination was for a little-seen war film, died at his home in Leith, a spokesman said. The actor"
        " began his stage career in the 1940s, playing Banquo to Ralph Corden's Macbeth in 1948, and was also a"
        " regular in radio plays. He later appeared in westerns."
    )
    found = _pronouns(text)
    assert (found["Ewan Traill"][-1:], found.get("Ralph Corden", [])) == (["He"], [])
