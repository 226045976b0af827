"""A "he"/"she" that says something after a sentence whose speaker is named by a role alone ("A spokeswoman
said ...") goes on with that speaker, not with someone named in what they said (ents24)."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    return {
        entity.name: [mention.text for mention in entity.mentions if mention.kind == "pronoun"]
        for entity in find_entities(load_pipeline()(text))
    }


def test_a_spokeswomans_she_is_not_the_man_she_spoke_of() -> None:
    text = "A BBC spokeswoman said Andi Peters would continue as producer. She said the format was being reviewed."
    assert _pronouns(text)["Andi Peters"] == []


def test_a_spokesman_going_on_after_a_quotation() -> None:
    text = 'Andi Peters said he was pleased. A BBC spokesman said: "We are pleased too." "We will help him," he added.'
    assert "he" not in _pronouns(text)["Andi Peters"][1:]


def test_a_pronoun_of_the_other_gender_is_still_resolved() -> None:
    text = "A spokeswoman for Tom Hale said he was resting. He said he felt fine."
    assert _pronouns(text)["Tom Hale"] == ["he", "He", "he"]


def test_a_named_spokeswoman_is_no_unnamed_speaker() -> None:
    text = "Spokeswoman Ann Lee said the show would go on. She said the format was being reviewed."
    assert _pronouns(text)["Ann Lee"] == ["She"]
