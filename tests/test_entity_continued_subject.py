"""A pronoun that is its sentence's main subject (or owns it) favours the last person who was an earlier sentence's
main subject ("Orla Penn joined the firm. One of her colleagues was Ann Marsh. ... she": Orla Penn), not
a name in the predicate or in a clause inside it; quotations are left out."""

from __future__ import annotations

import pytest

from dateline.nlp import load_pipeline
from dateline.stages.entities.discourse import Discourse, Ref
from dateline.stages.entities.pronoun_centering import continued_subject
from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    return mentions_by_entity(text, "pronoun")


def test_the_last_main_subject_takes_a_main_subject_pronoun() -> None:
    found = _pronouns(
        "Orla Penn joined the firm in 1990. One of her colleagues there was Ann Marsh. "
        "At its head office, she was put in charge of sales."
    )
    assert found["Orla Penn"] == ["her", "she"]
    assert found["Ann Marsh"] == []


def test_a_name_in_the_predicate_is_passed_over() -> None:
    found = _pronouns("Ned Rook moved to Leeds in 1990. His first teacher there was Ivo Brandt. In 1995 he opened a shop.")
    assert found["Ned Rook"] == ["His", "he"]


def test_a_possessive_of_the_main_subject_continues_it_too() -> None:
    found = _pronouns("Tessa Ruane, a singer from Leeds, beat Mira Olsen, Ann Lee and Kate Hale to win the award. Her victory surprised many.")
    assert found["Tessa Ruane"] == ["Her"]


def test_a_pronoun_inside_a_quotation_gets_no_continued_subject() -> None:
    doc = load_pipeline()('Ned Rook left early. "He was tired. He went home," Ivo Brandt said.')
    discourse = Discourse(doc)
    rook = next(token for token in doc if token.text == "Rook")
    quoted = next(token for token in doc if token.text == "He")
    assert continued_subject(discourse, quoted, [(Ref(rook.i, rook.i + 1, "name"), rook)]) is None


def test_a_subject_pronoun_of_the_main_verb_gets_one() -> None:
    doc = load_pipeline()("Ned Rook left early. He was tired.")
    discourse = Discourse(doc)
    rook = next(token for token in doc if token.text == "Rook")
    pronoun = next(token for token in doc if token.text == "He")
    assert continued_subject(discourse, pronoun, [(Ref(rook.i, rook.i + 1, "name"), rook)]) == Ref(rook.i, rook.i + 1, "name")
