"""A name that ends a phrase put before a finite verb with no subject is that verb's subject, which the
parser read into the phrase ("As part of London fashion Ann Lee took part": Ann Lee); not a bare name
a comma closes the phrase after ("With Joe Hart, booked ...")."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dateline.stages.entities.pronoun_swallowed import swallowed_subject


def _doc(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    pos = {"IN": "ADP", "NN": "NOUN", "NNP": "PROPN", "VBD": "VERB", ",": "PUNCT", ".": "PUNCT", "WP": "PRON"}
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=[pos[tag] for tag in tags])


def test_a_name_right_before_a_subjectless_verb_is_its_subject() -> None:
    doc = _doc(
        ["As", "part", "of", "fashion", "Ann", "Lee", "took", "part", "."],
        [6, 0, 1, 5, 5, 2, 6, 6, 6],
        ["prep", "pobj", "prep", "compound", "compound", "pobj", "ROOT", "dobj", "punct"],
        ["IN", "NN", "IN", "NN", "NNP", "NNP", "VBD", "NN", "."],
    )
    assert swallowed_subject(doc[5])


def test_a_name_with_a_clause_and_a_comma_before_the_verb_counts() -> None:
    doc = _doc(
        ["In", "a", "post", ",", "Ann", "Lee", ",", "who", "sang", ",", "called", "."],
        [10, 2, 0, 2, 5, 2, 5, 8, 5, 10, 10, 10],
        ["prep", "det", "pobj", "punct", "compound", "appos", "punct", "nsubj", "relcl", "punct", "ROOT", "punct"],
        ["IN", "NN", "NN", ",", "NNP", "NNP", ",", "WP", "VBD", ",", "VBD", "."],
    )
    assert swallowed_subject(doc[5])


def test_a_bare_name_a_comma_closes_the_phrase_after_is_not() -> None:
    doc = _doc(
        ["With", "Joe", "Hart", ",", "booked", "part", "."],
        [4, 2, 0, 4, 4, 4, 4],
        ["prep", "compound", "pobj", "punct", "ROOT", "dobj", "punct"],
        ["IN", "NNP", "NNP", ",", "VBD", "NN", "."],
    )
    assert not swallowed_subject(doc[2])


def test_a_verb_with_a_subject_has_none_to_find() -> None:
    doc = _doc(
        ["As", "part", "of", "Ann", "Lee", "Joe", "took", "part", "."],
        [6, 0, 1, 4, 2, 6, 6, 6, 6],
        ["prep", "pobj", "prep", "compound", "pobj", "nsubj", "ROOT", "dobj", "punct"],
        ["IN", "NN", "IN", "NNP", "NNP", "NNP", "VBD", "NN", "."],
    )
    assert not swallowed_subject(doc[4])
