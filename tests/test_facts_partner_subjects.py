"""A relation title in front of a subject's name ("Y's ex-wife X") does not make X the partner of whoever X
acts on: "Y's ex-wife X nominated Z" says nothing of X and Z."""

from __future__ import annotations

from tests.facts_support import facts_of, people


def test_a_titled_subject_is_not_married_to_her_verbs_object() -> None:
    text = "Sylvio Marchetti's ex-wife Mara Quill nominated both John Kellerman and Ivo Sand."
    found = facts_of(text, people(text, "Sylvio Marchetti", "Mara Quill", "John Kellerman", "Ivo Sand"))
    assert (["John Kellerman", "Mara Quill"], None) not in found.named("married")


def test_a_duet_with_a_boyfriend_still_names_the_pair() -> None:
    text = "Mara Quill also performed a duet with boyfriend Ivo Sand."
    found = facts_of(text, people(text, "Mara Quill", "Ivo Sand"))
    assert found.named("dating") == [(["Ivo Sand", "Mara Quill"], None)]
