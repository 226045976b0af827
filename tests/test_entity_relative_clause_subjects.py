"""A subject pronoun of a relative clause is not the noun the clause describes: the clause's gap is its
object ("Grimwater, which he formed": the band is what he formed, not who formed it); a clause with no
relative word hung on a name is a misparse and rules no one out."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dateline.stages.entities.pronouns import _subject_of_clause_on
from tests.entities_support import mentions_by_entity

pytestmark = pytest.mark.slow


def _pronouns(text: str) -> dict[str, list[str]]:
    return mentions_by_entity(text, "pronoun")


def test_the_subject_of_a_clause_on_a_band_is_not_the_band() -> None:
    text = (
        "Pete Marlow left the band in May.\n\nGrimwater, which he formed after his departure from the Rovers,"
        " played on Monday."
    )
    assert _pronouns(text)["Pete Marlow"] == ["he", "his"]


def test_a_bare_clause_hung_on_a_name_is_a_misparse() -> None:
    # The parse of 'that Rourke and the votes he wins ...' with "wins" hung on "Rourke", as the parser
    # sometimes does: no clause on a name without its relative word.
    words = ["Rourke", "and", "the", "votes", "he", "wins", "matter"]
    heads = [6, 0, 3, 0, 5, 0, 6]
    deps = ["nsubj", "cc", "det", "conj", "nsubj", "relcl", "ROOT"]
    pos = ["PROPN", "CCONJ", "DET", "NOUN", "PRON", "VERB", "VERB"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert not _subject_of_clause_on(doc[0], doc[4])
    doc[5].head = doc[3]  # hung on "votes", a common noun: the votes are not who wins them
    assert _subject_of_clause_on(doc[3], doc[4])
