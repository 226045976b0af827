"""A verb of talking with the topic it talked about: "[Ana] talked about [her plans]" (``topic_verbs``)."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_a_topic_talked_about(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Mara Lindqvist was talking about the ferry timetable."))
    assert ("Mara Lindqvist", "was talking about", ["the ferry timetable"]) in found


def test_a_question_coordinated_with_the_topic(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("The mayor talks about the harbour and how it has changed."))
    assert ("The mayor", "talks about", ["the harbour and how it has changed"]) in found


def test_what_was_said_about_is_no_topic_in_a_relative_clause(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("The ferry is one of the things Mara Lindqvist was talking about on Monday."))
    assert not any(cue and "talked" in cue for _, cue, _ in found)


def test_a_topic_does_not_cut_the_content_it_stands_in(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Tobias Renner said his sister had left early and was talking about the ferry."))
    assert ("Tobias Renner", "said", ["his sister had left early and was talking about the ferry"]) in found
