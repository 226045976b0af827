"""Quotations typeset with ASCII pairs (``...'') are quotations: the "he" inside one is not its speaker,
and its "I" is."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities.discourse import Discourse
from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its pronoun mentions."""
    return mentions_by_entity(text, "pronoun")


def test_the_words_between_the_pairs_are_one_quotation() -> None:
    discourse = Discourse(load_pipeline()("Ann Lee said, ``I think she was right.'' Then she left."))
    quoted = [token.text for token in discourse.tokens if discourse.quote_of[token.i] >= 0]
    assert quoted == ["I", "think", "she", "was", "right", "."]


def test_a_he_inside_the_speaker_s_quotation_is_someone_else() -> None:
    found = _pronouns("Tom Vale coached Joe Hart for years. Tom Vale said, ``He is the best player I have seen.''")
    assert found["Joe Hart"] == ["He"]
    assert found["Tom Vale"] == ["I"]
