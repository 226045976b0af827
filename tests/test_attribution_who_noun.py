"""The noun that says who a source is when the parser's head does not (attr26): the group a part is
taken from ("one of the sources"), an unnamed role after a name the parser broke up."""

from __future__ import annotations


def _source(attributions, text: str):  # type: ignore[no-untyped-def]
    found = attributions(text)
    assert len(found) == 1 and found[0].source is not None
    return found[0].source


def test_a_part_of_an_unnamed_group_is_anonymous(attributions) -> None:  # type: ignore[no-untyped-def]
    source = _source(attributions, "The ferry will not sail on Sunday, according to one of the sources.")
    assert source.text == "one of the sources" and source.anonymous


def test_an_unnamed_role_after_a_broken_up_name_is_anonymous(attributions) -> None:  # type: ignore[no-untyped-def]
    # The parser heads the phrase with "Songs", the role "spokeswoman" inside an "of" phrase.
    source = _source(attributions, 'A Songs of Praise spokeswoman said: "The show will return in May."')
    assert source.text == "A Songs of Praise spokeswoman" and source.anonymous


def test_a_named_part_keeps_its_name(attributions) -> None:  # type: ignore[no-untyped-def]
    source = _source(attributions, "Ana Reyes, one of the firm's lawyers, said the ferry would not sail.")
    assert not source.anonymous and source.entity is not None


def test_a_relative_pronoun_before_a_second_subject_is_no_source(attributions) -> None:  # type: ignore[no-untyped-def]
    # The parser makes both "who" and "Trump" subjects of "called": the one who calls is the second.
    found = attributions("She mentioned Ana Reyes, who Trump called a liar during the debate.")
    called = [a for a in found if a.cue is not None and a.cue.text == "called"]
    assert len(called) == 1 and called[0].source is not None and called[0].source.text == "Trump"
