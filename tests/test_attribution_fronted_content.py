"""A content before its cue that the parser made one of the cue's two subjects (``fronted_content``)."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_a_fronted_clause_made_a_subject_is_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Nothing the mayor said will calm the fears of residents, the senator said."))
    assert ("the senator", "said", ["Nothing the mayor said will calm the fears of residents"]) in found


def test_a_fronted_clause_before_an_inverted_cue(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("The vote signals the end of the deal, said Ana Reyes, a union leader."))
    assert ("Ana Reyes, a union leader", "said", ["The vote signals the end of the deal"]) in found


def test_a_fronted_clause_with_a_loose_phrase(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Those who take on heavy debt struggle, even with a good job, he said."))
    assert ("he", "said", ["Those who take on heavy debt struggle, even with a good job"]) in found


def test_a_fronted_time_phrase_is_no_content(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Last week, the senator said."))
    assert not any(content == ["Last week"] for _, _, content in found)
