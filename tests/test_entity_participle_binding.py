"""An object pronoun of a participle added to a clause is not that clause's subject, who does what the
participle says ("Ned Rook became a mentor to Ivo Brandt, introducing him ...": Ivo Brandt); a
participle telling what the clause brought about has the event as its doer ("..., giving her a vote")."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities.pronoun_control import clause_subjects
from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    return mentions_by_entity(text, "pronoun")


def test_the_clause_s_subject_does_not_take_the_participle_s_object() -> None:
    found = _pronouns("Ned Rook became a mentor to the young Ivo Brandt, introducing him to other writers.")
    assert found["Ivo Brandt"] == ["him"]
    assert found["Ned Rook"] == []


def test_the_participle_s_doer_is_the_clause_s_subject() -> None:
    doc = load_pipeline()("Ned Rook met Ivo Brandt, telling him the news.")
    pronoun = next(token for token in doc if token.text == "him")
    assert [token.text for token in clause_subjects(pronoun)] == ["Rook"]


def test_a_participle_of_result_leaves_the_subject_free() -> None:
    assert _pronouns("Ann Vale was appointed to the board in May, giving her a vote.")["Ann Vale"] == ["her"]


def test_a_participle_after_a_preposition_is_done_by_the_clause_s_subject() -> None:
    doc = load_pipeline()("Ned Rook lost to Ivo Brandt in May but made up for it by beating him in June.")
    pronoun = next(token for token in doc if token.text == "him")
    assert [token.text for token in clause_subjects(pronoun)] == ["Rook"]
