"""Names listed at the end of a relative clause on the subject belong to that clause, not to the subject:
"X, who produced records by A, B and C, has died" is X's death only."""

from __future__ import annotations

import pytest

from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_names_ending_a_relative_clause_do_not_share_the_subject_s_verb() -> None:
    text = "Mara Quill, who was behind hits by the Crows, Ivo Sand and the Sea Kings, has died aged 58."
    assert facts_of(text, people(text, "Mara Quill", "Ivo Sand")).named("died") == [(["Mara Quill"], None)]


def test_a_list_of_subjects_still_shares_the_verb() -> None:
    text = "Ivo Sand and Mara Quill, who played together for years, have both died this spring."
    assert sorted(facts_of(text, people(text, "Ivo Sand", "Mara Quill")).named("died")) == [
        (["Ivo Sand"], None), (["Mara Quill"], None)
    ]
