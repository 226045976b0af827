"""acted_in through the parses that news titles get: a title set off before "starring", a participle
hung from another verb, a work named right after its noun, and a name parsed as a modifier of a title."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.model import Document
from dateline.nlp import load_pipeline
from dateline.stages.facts import find_facts
from tests.builders import entity
from tests.facts_support import facts_of, people


def test_a_name_before_another_ones_title_is_a_conjunct() -> None:
    # parsed with "Lena Voss" as a modifier of "winner"
    text = "The film stars Lena Voss and Oscar winner Ivo Sand."
    entities = [*people(text, "Lena Voss", "Ivo Sand"), entity(text, "W1", "Oscar", "OTHER")]
    assert sorted(facts_of(text, entities).named("acted_in")) == [(["Ivo Sand"], "film"), (["Lena Voss"], "film")]


def test_a_title_set_off_before_a_participle_is_the_work_starring_someone() -> None:
    # the parser hangs "starring" from "fable", not from the title
    text = "Rounding out the top five was animated fable The Red Harbour, starring Mara Quill, and a comedy."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "The Red Harbour", "WORK")]
    assert facts_of(text, entities).named("acted_in") == [(["Mara Quill"], "The Red Harbour")]


def test_a_name_right_before_a_participle_hung_elsewhere_is_the_work_starring_someone() -> None:
    # the parse of "while shooting of W starring X went on" with the participle hung from the main
    # verb, as the parser gives it in some longer sentences (built by hand: short ones parse right)
    words = ["The", "drama", "stopped", "while", "shooting", "of", "Velvet", "starring", "Mara", "Quill", "."]
    rows = [  # (head, dep, pos, tag, lemma)
        (1, "det", "DET", "DT", "the"), (2, "nsubj", "NOUN", "NN", "drama"), (2, "ROOT", "VERB", "VBD", "stop"),
        (7, "mark", "SCONJ", "IN", "while"), (7, "nsubj", "VERB", "VBG", "shoot"), (4, "prep", "ADP", "IN", "of"),
        (5, "pobj", "PROPN", "NNP", "Velvet"), (2, "advcl", "VERB", "VBG", "star"),
        (9, "compound", "PROPN", "NNP", "Mara"), (7, "dobj", "PROPN", "NNP", "Quill"), (2, "punct", "PUNCT", ".", "."),
    ]
    doc = Doc(load_pipeline().vocab, words=words, spaces=[True] * 9 + [False, False],
              heads=[row[0] for row in rows], deps=[row[1] for row in rows], pos=[row[2] for row in rows],
              tags=[row[3] for row in rows], lemmas=[row[4] for row in rows])
    entities = [*people(doc.text, "Mara Quill"), entity(doc.text, "W1", "Velvet", "WORK")]
    facts = find_facts(doc, document=Document.create(doc.text), entities=entities, times=[], attributions=[])
    assert [(f.predicate, f.participants, f.object) for f in facts] == [("acted_in", ["P1"], "W1")]


def test_a_work_named_right_after_its_noun_but_parsed_apart_is_the_work() -> None:
    # "Being Blue" is parsed as a clause of its own, not as the film's name
    text = "Mara Quill is up for an award for her starring role in the acclaimed film Being Blue."
    entities = [entity(text, "P1", "Mara Quill", "PERSON", "her"), entity(text, "W1", "Being Blue", "WORK")]
    assert facts_of(text, entities).named("acted_in") == [(["Mara Quill"], "Being Blue")]


def test_a_person_right_after_a_work_noun_is_not_the_work() -> None:
    text = "Mara Quill is up for an award for her starring role in the film Tomas Brandt wrote."
    entities = [entity(text, "P1", "Mara Quill", "PERSON", "her"), *people(text, "Tomas Brandt")]
    assert facts_of(text, entities).named("acted_in") == []
