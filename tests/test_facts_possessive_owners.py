"""A person named in the possessive owns the work or the post, and is not the work someone makes: "a
version of X's hit" is not a version of X, "X's political director" did not direct X. A one-word name
typed as a person is as often a title ("Harbourside's head writer"), and stays a work."""

from __future__ import annotations

from tests.facts_support import facts_of, people


def test_a_politicians_director_does_not_direct_the_politician() -> None:
    text = "Tomas Brandt, Mara Quill's national campaign director, left the team on Friday."
    found = facts_of(text, people(text, "Tomas Brandt", "Mara Quill"))
    assert found.named("develops") == []


def test_a_one_word_title_typed_as_a_person_is_still_the_work() -> None:
    text = "Harbourside's head writer Tomas Brandt said the soap would return."
    found = facts_of(text, people(text, "Tomas Brandt", "Harbourside"))
    assert found.named("develops") == [(["Tomas Brandt"], "Harbourside")]
