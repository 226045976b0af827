"""Collaborations: names joined by "&" that are two people, and playing or performing with others."""

from __future__ import annotations

from dateline.model import Mention
from tests.builders import entity
from tests.facts_support import facts_of, people


def test_names_joined_by_an_ampersand_are_two_parties_when_they_are_two_entities() -> None:
    text = "Ivo Sand's work with rappers Kip Dell & Bo Rane earned him a nomination."
    found = facts_of(text, people(text, "Ivo Sand", "Kip Dell", "Bo Rane"))
    assert found.named("collaboration") == [(["Bo Rane", "Ivo Sand", "Kip Dell"], None)]


def test_a_duo_named_with_an_ampersand_is_one_party() -> None:
    text = "Ivo Sand's work with comedians Kip & Rane earned him a nomination."
    duo = entity(text, "O1", "Kip & Rane", "ORG")
    found = facts_of(text, [*people(text, "Ivo Sand"), duo])
    assert found.named("collaboration") == [(["Ivo Sand", "Kip & Rane"], None)]


def test_playing_with_several_acts_is_a_collaboration_with_each() -> None:
    text = "Kip Dell has played with Ivo Sand, Mara Quill and Bo Rane."
    found = facts_of(text, people(text, "Kip Dell", "Ivo Sand", "Mara Quill", "Bo Rane"))
    assert sorted(found.named("collaboration")) == [
        (["Bo Rane", "Kip Dell"], None), (["Ivo Sand", "Kip Dell"], None), (["Kip Dell", "Mara Quill"], None)
    ]


def test_doers_who_both_worked_with_someone_are_not_partners_of_each_other() -> None:
    text = "Mara Quill and Bo Rane have both worked with Ivo Sand."
    found = facts_of(text, people(text, "Mara Quill", "Bo Rane", "Ivo Sand"))
    assert sorted(found.named("collaboration")) == [(["Bo Rane", "Ivo Sand"], None), (["Ivo Sand", "Mara Quill"], None)]


def test_a_wish_alternatives_or_a_member_s_own_band_are_no_collaboration() -> None:
    text = ("Ivo Sand would love to work with Mara Quill. Bo Rane wants to work with Mara Quill or Kip Dell. "
            "Kip Dell kept performing with his band The Larks.")
    larks = entity(text, "O1", "The Larks", "ORG")
    found = facts_of(text, [*people(text, "Ivo Sand", "Mara Quill", "Bo Rane", "Kip Dell"), larks])
    assert found.named("collaboration") == []


def test_a_pronoun_for_a_name_of_another_sentence_is_no_doer_of_a_collaboration() -> None:
    text = "Kip Dell spoke to Ivo Sand. He has since played with Mara Quill."
    found_people = people(text, "Kip Dell", "Ivo Sand", "Mara Quill")
    start = text.index("He ")
    found_people[0].mentions.append(Mention(start=start, end=start + 2, text="He", kind="pronoun"))
    found = facts_of(text, found_people)
    assert found.named("collaboration") == []


def test_a_pronoun_for_a_name_earlier_in_its_sentence_is_the_doer() -> None:
    text = "The Larks topped the chart and they have played with Mara Quill."
    larks = entity(text, "O1", "The Larks", "ORG", "they")
    larks.mentions[-1] = Mention(start=larks.mentions[-1].start, end=larks.mentions[-1].end, text="they", kind="pronoun")
    found = facts_of(text, [larks, *people(text, "Mara Quill")])
    assert found.named("collaboration") == [(["Mara Quill", "The Larks"], None)]


def test_a_writing_partner_or_a_collaborator_is_a_collaboration() -> None:
    """Twenty-eighth round: a partner in the work by the word in front; a business partner is none."""
    text = "Ivo Sand's writing partner Kip Dell is finishing a script."
    assert facts_of(text, people(text, "Ivo Sand", "Kip Dell")).named("collaboration") == [(["Ivo Sand", "Kip Dell"], None)]
    text = "The songs were written with Ivo Sand's former collaborator, Kip Dell."
    assert facts_of(text, people(text, "Ivo Sand", "Kip Dell")).named("collaboration") == [(["Ivo Sand", "Kip Dell"], None)]
    text = "Ivo Sand's business partner Kip Dell sold the firm."
    assert facts_of(text, people(text, "Ivo Sand", "Kip Dell")).named("collaboration") == []
