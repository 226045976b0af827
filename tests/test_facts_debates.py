"""Taking part in a debate: the named doer of a clause set "during", "at" or "in" a debate, and the parties
of "a debate between X and Y"."""

from __future__ import annotations

import pytest

from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def _debaters(text: str) -> list:  # type: ignore[type-arg]
    return people(text, "Mara Quill", "Ivo Sand")


def test_the_named_doer_of_a_clause_set_in_a_debate_took_part() -> None:
    for text in ("During Monday's debate, Mara Quill said the plan was wrong.",
                 "Mara Quill, who spoke at the debate, left early.",
                 "In the debate, Mara Quill was asked about taxes."):
        assert facts_of(text, _debaters(text)).named("attended") == [(["Mara Quill"], "debate")], text


def test_each_party_of_a_debate_between_them_took_part_at_its_time() -> None:
    text = "The 2012 debate between Mara Quill and Ivo Sand drew millions."
    found = facts_of(text, _debaters(text))
    assert sorted(found.named("attended")) == [(["Ivo Sand"], "debate"), (["Mara Quill"], "debate")]
    assert {fact.time for fact in found.facts} == {"2012"}


def test_a_hedged_clause_gives_a_hedged_attendance() -> None:
    text = "Mara Quill may speak at the debate."
    assert facts_of(text, _debaters(text)).one("attended").certainty == "possible"


def test_no_debate_attendance_from_a_negation_a_question_an_issue_or_another_s_clause() -> None:
    for text in (
        "Mara Quill did not speak at the debate.",  # she may still have been there
        "Why isn't Mara Quill speaking at the debate?",
        "In the debate about tax, Mara Quill argued for cuts.",  # a public argument
        "Mara Quill tweeted after the debate.",
        "Ivo Sand's performance in the debate was poor.",  # hung from a noun: no clause doer
        "Ivo Sand praised Mara Quill for showing restraint at the debate.",  # the praiser was not said to be there
    ):
        assert facts_of(text, _debaters(text)).named("attended") == [], text


def test_one_who_moderates_a_named_kind_of_debate_or_forum_took_part() -> None:
    for text, event in (
        ("Debate moderator Mara Quill asked hard questions.", "Debate"),
        ("Mara Quill was also a moderator for the primary debate.", "primary debate"),
        ("The forum, moderated by Mara Quill, ran long.", "forum"),
    ):
        assert facts_of(text, _debaters(text)).named("attended") == [(["Mara Quill"], event)], text


def test_a_bare_moderator_title_names_no_event() -> None:
    text = "Moderator Mara Quill asked hard questions."
    assert facts_of(text, _debaters(text)).named("attended") == []


def test_a_headline_run_into_the_sentence_is_not_the_modifier_s_text() -> None:
    text = "Ivo Sand faults host for sounding like Tomas Brandt\n\nDebate moderator Mara Quill pulled two tricks, Ivo Sand said."
    found = facts_of(text, people(text, "Mara Quill", "Ivo Sand", "Tomas Brandt"))
    assert found.named("attended") == [(["Mara Quill"], "Debate")]


def test_the_named_doer_of_a_clause_set_at_a_gathering_attended_it() -> None:
    for text, event in (("Mara Quill paid tribute at a funeral in Leeds.", "funeral"),
                        ("Mara Quill was booed at the convention.", "convention"),
                        ("Mara Quill entertained crowds at the premiere in Leeds.", "premiere")):
        assert facts_of(text, _debaters(text)).named("attended") == [(["Mara Quill"], event)], text


def test_a_press_conference_is_no_gathering_attended() -> None:
    text = "At a press conference, Mara Quill said the plan was wrong."
    assert facts_of(text, _debaters(text)).named("attended") == []
