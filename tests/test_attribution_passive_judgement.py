"""A judgement in the passive: its subject, and what the verb says of it, make the content."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_a_passive_judgement_takes_its_subject_as_content(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Tobias Renner was criticized for his remarks about the festival."))
    assert found == [(None, "was criticized", ["Tobias Renner", "for his remarks about the festival"])]


def test_its_agent_is_the_source(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("The plan has been condemned by local fans as reckless."))
    assert found == [("local fans", "has been condemned", ["The plan", "as reckless"])]


def test_a_bare_pronoun_subject_is_no_content(attributions) -> None:  # type: ignore[no-untyped-def]
    assert all_roles(attributions("It was criticized.")) == []
