"""Statement keys: one typed key, one string form, and awards kept as text told apart."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.kb.contradiction_store import _anchors, _statement_scopes
from dateline.kb.facts import KbFact, SourceInfo
from dateline.kb.statement_key import StatementKey, normalise_object_text
from dateline.kb.statements import group_statements, statement_from_facts


def _fact(key: str, predicate: str, award: str | None = None, *, object: int | None = None,
          participants: tuple[int, ...] = (7,), time: str | None = None) -> KbFact:
    return KbFact(
        key=key, document_id=key.partition("/")[0], document_title=None, document_date=dt.date(2025, 3, 1),
        predicate=predicate, participants=list(participants), participant_names=["Mara Quill"] * len(participants),
        object=object, object_name="The Glass Year" if object else None, polarity="positive", certainty="possible",
        source=SourceInfo(kind="author"), trigger=predicate, evidence_start=0, evidence_end=10,
        arguments={"object_text": award} if award else {}, time=time,
    )


@pytest.mark.parametrize("key", [
    StatementKey("romance", (3, 17)),
    StatementKey("works_for", (5,), 42),
    StatementKey("released", (), 9),
    StatementKey("won_award", (5,), None, "best actor"),
    StatementKey("won_award", (5,), None, "song of the year | remix + 100% @ \"live\""),
    StatementKey("charted", (5,), None, "2"),
    StatementKey("won_award", (5,), None, "best actor", 2005),
    StatementKey("nominated", (5,), 42, year=2004),
])
def test_a_key_reads_back_as_it_was_written(key: StatementKey) -> None:
    assert StatementKey.parse(key.to_string()) == key
    assert key.to_string().count("|") == (2 if key.year is None else 3)


def test_keys_without_object_text_keep_the_form_of_older_stores() -> None:
    assert StatementKey("romance", (3, 17)).to_string() == "romance|3+17|"
    assert StatementKey("works_for", (5,), 42).to_string() == "works_for|5|42"
    assert StatementKey("released", (), 9).to_string() == "released||9"
    assert StatementKey("won_award", (5,), None, "best actor").to_string() == 'won_award|5|"best actor"'


def test_a_text_cannot_pass_for_an_id_or_another_field() -> None:
    assert StatementKey.parse(StatementKey("charted", (5,), None, "2").to_string()).object is None
    assert StatementKey("won_award", (5,), None, "a|6|b").to_string() == 'won_award|5|"a%7C6%7Cb"'


def test_object_texts_are_compared_in_lower_case_without_extra_spaces_or_a_leading_article() -> None:
    assert normalise_object_text("  The Best\tActor ") == "best actor"
    assert normalise_object_text("an Award") == normalise_object_text("award")
    assert normalise_object_text("theatre show") == "theatre show"  # "the" only as a word
    assert normalise_object_text(None) == ""


def test_different_awards_are_different_statements_and_one_award_said_twice_is_one() -> None:
    facts = [_fact("a/F1", "won_award", "Best Actor"), _fact("b/F1", "won_award", "the best  actor"),
             _fact("c/F1", "won_award", "best director"), _fact("d/F1", "won_award")]
    groups = group_statements(facts)
    assert {key: [f.key for f in group] for key, group in groups.items()} == {
        'won_award|7|"best actor"': ["a/F1", "b/F1"], 'won_award|7|"best director"': ["c/F1"], "won_award|7|": ["d/F1"],
    }


def test_an_object_entity_decides_the_statement_and_its_text_does_not() -> None:
    facts = [_fact("a/F1", "won_award", "the big prize", object=11), _fact("b/F1", "won_award", "Big Prize", object=11)]
    assert {f.statement for f in facts} == {"won_award|7|11"}


def test_a_statement_of_an_award_kept_as_text_names_it() -> None:
    facts = [_fact("a/F1", "won_award", "Best Actor"), _fact("b/F1", "won_award", "best actor")]
    statement = statement_from_facts(facts[0].statement, facts)
    assert (statement.object, statement.object_text, statement.participants) == (None, "Best Actor", ["Mara Quill"])
    assert statement_from_facts("won_award|7|", [_fact("c/F1", "won_award")]).object_text is None


def test_an_award_kept_as_text_has_no_object_scope_or_anchor() -> None:
    text_key = 'won_award|7+8|"best duo"'
    assert _statement_scopes(text_key) == {f"statement:{text_key}", "ended:7+8"}
    assert _statement_scopes("works_for|7|11") == {"statement:works_for|7|11", "ended:7", "ended:7@11"}
    assert sorted(_anchors(f"statement:{text_key}")) == [7, 8]
    assert sorted(_anchors("statement:works_for|7|11")) == [7, 11]


def test_a_last_word_only_saying_it_is_an_award_and_a_plural_are_dropped() -> None:
    assert normalise_object_text("the Silver Lantern awards") == normalise_object_text("Silver Lanterns") == "silver lantern"
    assert normalise_object_text("best duo prize") == "best duo"
    assert normalise_object_text("best actress") == "best actress"  # no plural
    assert normalise_object_text("an award") == "award"  # nothing left to name it otherwise


def test_an_award_of_two_years_is_two_statements_and_one_without_a_year_stays_apart() -> None:
    facts = [_fact("a/F1", "won_award", "Best Actor", time="2004"), _fact("b/F1", "won_award", "best actor", time="2005-02-27"),
             _fact("c/F1", "won_award", "best actor", time="2005"), _fact("d/F1", "won_award", "best actor"),
             _fact("e/F1", "won_award", object=11, time="2004"), _fact("f/F1", "won_award", object=11, time="2005"),
             _fact("g/F1", "won_award", "best actor", time="XXXX-10"), _fact("h/F1", "nominated", "best actor", time="2005")]
    groups = group_statements(facts)
    assert {key: [f.key for f in group] for key, group in groups.items()} == {
        'won_award|7|"best actor"|2004': ["a/F1"], 'won_award|7|"best actor"|2005': ["b/F1", "c/F1"],
        'won_award|7|"best actor"': ["d/F1", "g/F1"], "won_award|7|11|2004": ["e/F1"], "won_award|7|11|2005": ["f/F1"],
        'nominated|7|"best actor"|2005': ["h/F1"],
    }
    assert statement_from_facts('won_award|7|"best actor"|2005', groups['won_award|7|"best actor"|2005']).year == 2005


def test_only_awards_are_told_apart_by_years() -> None:
    assert _fact("a/F1", "married", object=11, time="2013").statement == "married|7|11"
    assert _fact("a/F1", "won_award", "best actor", time="198").statement == 'won_award|7|"best actor"'  # a decade
