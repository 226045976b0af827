"""A main verb the parser hangs from a relative clause set off by commas ("W, in which she stars with Y,
climbed to the top of the chart"): its subject is the noun the relative clause describes, not the
relative clause's own subject (slots._closing_relative)."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.nlp import load_pipeline
from dateline.stages.facts.slots import read_slot

_WORDS = ["The", "caper", "Pinch", "the", "Larks", ",", "in", "which", "she", "stars", "with", "Ann", "Rowe", ",",
          "VERB", "to", "the", "top", "of", "the", "chart", "."]
_HEADS = [1, 2, 2, 4, 2, 4, 9, 6, 9, 4, 9, 12, 10, 12, 9, 14, 17, 15, 17, 20, 18, 2]
_DEPS = ["det", "nsubj", "ROOT", "det", "dobj", "punct", "prep", "pobj", "nsubj", "relcl", "prep", "compound",
         "pobj", "punct", "advcl", "prep", "det", "pobj", "prep", "det", "pobj", "punct"]
_POS = ["DET", "NOUN", "VERB", "DET", "PROPN", "PUNCT", "ADP", "PRON", "PRON", "VERB", "ADP", "PROPN", "PROPN",
        "PUNCT", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"]
_TAGS = ["DT", "NN", "VB", "DT", "NNP", ",", "IN", "WDT", "PRP", "VBZ", "IN", "NNP", "NNP", ",", "VERB", "IN", "DT",
         "NN", "IN", "DT", "NN", "."]


def _subject(verb: str, tag: str) -> list[str]:
    """The subject slot of the verb after the closing comma, with the misparse given."""
    words = [verb if word == "VERB" else word for word in _WORDS]
    tags = [tag if word == "VERB" else word for word in _TAGS]
    doc = Doc(load_pipeline().vocab, words=words, heads=_HEADS, deps=_DEPS, pos=_POS, tags=tags)
    return [token.text for token in read_slot(doc[14], "subject")]


def test_a_finite_verb_after_the_closing_comma_is_said_of_the_described_noun() -> None:
    assert _subject("climbed", "VBD") == ["Larks"]


def test_a_participle_after_the_comma_keeps_the_relative_clause_subject() -> None:
    # "..., climbing to the top": no main verb, the clause goes on with the relative clause's doer
    assert _subject("climbing", "VBG") == ["she"]
