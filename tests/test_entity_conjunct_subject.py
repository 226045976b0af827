"""A subject pronoun of the second of two coordinated clauses favours the first clause's subject ("Ned
Rook decides to help Ivo Brandt and he visits the bank": Ned Rook), against a more salient object."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities import find_entities
from dateline.stages.entities.pronoun_parallel import subject_of_first_conjunct

pytestmark = pytest.mark.slow


def test_the_first_clause_s_subject_takes_the_pronoun() -> None:
    text = "Ivo Brandt lost his job in May. Ned Rook decides to help Ivo Brandt and he visits the bank."
    found = {e.name: [m.text for m in e.mentions if m.kind == "pronoun"] for e in find_entities(load_pipeline()(text))}
    assert found["Ned Rook"] == ["he"]
    assert found["Ivo Brandt"] == ["his"]


def test_only_a_subject_pronoun_of_a_coordinated_clause_counts() -> None:
    doc = load_pipeline()("Ned Rook called Ivo Brandt and thanked him.")
    subject = next(token for token in doc if token.text == "Rook")
    assert not subject_of_first_conjunct(subject, next(token for token in doc if token.text == "him"))
