"""A quotation that goes on right after its speaker is named is still that speaker's (ents21)."""

from __future__ import annotations

import pytest

from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    return mentions_by_entity(text, "pronoun")


def test_a_quotation_after_said_name_goes_on() -> None:
    text = (
        'Coach Brenda Halloway spoke after the match. "We were the better side today," said Brenda Halloway.'
        ' "Maybe I will stay for another season."'
    )
    assert _pronouns(text).get("Brenda Halloway", []).count("I") == 1


def test_quoted_sentences_each_opened_go_on() -> None:
    text = (
        'Mayor Kendrick Oyelaran told the paper: "We met the builders last week.'
        ' "They have promised to call me soon.'
    )
    assert "me" in _pronouns(text).get("Kendrick Oyelaran", [])


def test_a_quotation_with_its_own_unresolved_speaker_is_not_continued() -> None:
    text = (
        '"We were the better side today," said Brenda Halloway. "I will stay for another season," one fan added.'
    )
    assert "I" not in _pronouns(text).get("Brenda Halloway", [])


def test_a_quotation_after_a_sentence_of_narrative_is_not_continued() -> None:
    text = (
        '"We were the better side today," said Brenda Halloway. The crowd then left the ground slowly and in'
        ' good spirits after the long evening. "I loved it."'
    )
    assert "I" not in _pronouns(text).get("Brenda Halloway", [])


def test_words_quoted_within_a_continued_quotation_are_left_alone() -> None:
    text = (
        '"He changed his mind," said Brenda Halloway. "Did he hear something that made him say: \'Well, I was'
        ' wrong all along\'?"'
    )
    assert "I" not in _pronouns(text).get("Brenda Halloway", [])


def test_a_quotation_after_a_long_attribution_goes_on() -> None:
    text = (
        'Coach Brenda Halloway spoke after the match. "We were the better side," Ms Halloway told the'
        " club's weekly radio programme. \"Maybe I will stay for another season.\""
    )
    assert _pronouns(text).get("Brenda Halloway", []).count("I") == 1


def test_a_quotation_after_an_attribution_naming_someone_else_is_not_continued() -> None:
    text = (
        'Coach Brenda Halloway spoke after the match. Ms Halloway said: "We were the better side."'
        ' It is a view shared by Tom Reddick, who believes "we can win". "Maybe I will stay for another season."'
    )
    assert "I" not in _pronouns(text).get("Brenda Halloway", [])
