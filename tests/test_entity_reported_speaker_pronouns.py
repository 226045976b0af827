"""The subject of a clause a speech verb reports is the verb's subject, the speaker, even over an object
named closer to it; "Lindsey" is a given name of men and women alike."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return mentions_by_entity(text, "pronoun")


def test_lindsey_gives_no_gender() -> None:
    text = "Governor Brent Malloy opposed the plan. On Monday Sen. Lindsey Orrell said he would vote against it."
    assert _pronouns(text).get("Lindsey Orrell") == ["he"]


def test_the_speaker_of_a_coordinated_speech_verb_takes_he() -> None:
    text = (
        "Mr Dorran sued the studio, claiming he had persuaded Vic Ansel to star in the film,"
        " but said he was later left out."
    )
    found = _pronouns(text)
    assert (found["Dorran"], found["Vic Ansel"]) == (["he", "he"], [])


def test_kellyanne_is_a_womans_name() -> None:
    text = "Brent Malloy spoke on Monday. Kellyanne Orrell, his campaign manager, said that he would debate."
    assert _pronouns(text).get("Kellyanne Orrell", []) == []


def test_the_one_asked_whether_is_not_the_asker() -> None:
    text = "Governor Ray Malloy spoke in May. Talk host Dale Pruitt asked Malloy whether he would sign the bill."
    assert _pronouns(text).get("Dale Pruitt", []) == []
