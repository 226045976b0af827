"""A name the parser set in apposition to a title, written with no comma right after the name that ends the
title's own preposition phrase ("a spokesman for Harbour Affairs Commissioner X said"): it continues that
phrase and is not who the title describes (slots._inside_own_phrase); set off by a comma, it is."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.nlp import load_pipeline
from dateline.stages.facts.slots import read_slot


def _holder(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> list[str]:
    doc = Doc(load_pipeline().vocab, words=words, heads=heads, deps=deps, pos=pos)
    return [token.text for token in read_slot(doc[1], "holder")]


def test_a_name_right_after_the_title_s_phrase_is_no_holder() -> None:
    words = ["A", "spokesman", "for", "Harbour", "Affairs", "Commissioner", "Ivo", "Sand", "said", "it", "."]
    heads = [1, 8, 1, 4, 2, 7, 7, 1, 8, 8, 8]
    deps = ["det", "nsubj", "prep", "compound", "pobj", "compound", "compound", "appos", "ROOT", "dobj", "punct"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"]
    assert _holder(words, heads, deps, pos) == []


def test_a_name_set_off_by_a_comma_after_the_phrase_is_the_holder() -> None:
    words = ["A", "spokesman", "for", "Harbour", "Affairs", ",", "Ivo", "Sand", ",", "said", "it", "."]
    heads = [1, 9, 1, 4, 2, 1, 7, 1, 1, 9, 9, 9]
    deps = ["det", "nsubj", "prep", "compound", "pobj", "punct", "compound", "appos", "punct", "ROOT", "dobj", "punct"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"]
    assert _holder(words, heads, deps, pos) == ["Sand"]
