"""A subject the parser made a clause before a subjectless cue is the source, and the clause after
the cue the content ("Ana Reyes thanked the crew, then says [she will rest]")."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_the_subject_of_the_clause_before_is_the_source(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Ana Reyes thanked the crew, then says she will rest until May."))
    assert ("Ana Reyes", "then says", ["she will rest until May"]) in found


def test_a_content_before_its_cue_stays(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("The band will tour in May, she said."))
    assert found == [("she", "said", ["The band will tour in May"])]
