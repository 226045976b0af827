"""Ninth round of triggers for acted_in, cast_in, develops (issue 6): hosts of shows, casting and acting clauses, makers."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.model import Document
from dateline.nlp import load_pipeline
from dateline.stages.facts import find_facts
from tests.builders import entity
from tests.facts_support import facts_of, people


def test_one_of_the_hosts_of_a_show_acts_in_it_as_host() -> None:
    text = "Mara Quill is one of the hosts of The Night Harbour, a weekend show."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "The Night Harbour", "WORK")]
    fact = facts_of(text, entities).one("acted_in")
    assert (fact.participants, fact.object, fact.arguments.get("role")) == (["P1"], "W1", "host")


def test_a_host_of_stars_is_a_crowd_not_a_presenter() -> None:
    text = "A host of stars, including Mara Quill, attended The Night Harbour."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "The Night Harbour", "WORK")]
    assert facts_of(text, entities).named("acted_in") == []


def test_the_host_of_a_channel_is_no_actor() -> None:
    text = "Mara Quill, host of Harbour Radio's chart show, said the band was good."
    entities = [*people(text, "Mara Quill"), entity(text, "O1", "Harbour Radio", "ORG")]
    assert facts_of(text, entities).named("acted_in") == []


def test_one_half_of_a_show_presents_it() -> None:
    text = "Tomas Brandt has been one half of the weekly show Harbour Lights in Wales."
    entities = [*people(text, "Tomas Brandt"), entity(text, "W1", "Harbour Lights", "WORK")]
    assert facts_of(text, entities).named("acted_in") == [(["Tomas Brandt"], "Harbour Lights")]


def test_one_half_of_a_duo_is_no_acting() -> None:
    text = "Tomas Brandt rose to fame as one half of pop duo Velvet Gulls."
    entities = [*people(text, "Tomas Brandt"), entity(text, "O1", "Velvet Gulls", "ORG")]
    assert facts_of(text, entities).named("acted_in") == []


def test_a_work_which_was_to_star_someone_is_a_casting_whatever_the_parse() -> None:
    # the second sentence's parser reads "to star" as a modifier of the name
    for text in (
        "Shooting on the drama Red Harbour, which was to star Mara Quill and Tomas Brandt, was postponed.",
        "The thriller Red Harbour, which was to star Mara Quill, was cancelled.",
    ):
        entities = [*people(text, "Mara Quill", "Tomas Brandt"), entity(text, "W1", "Red Harbour", "WORK")]
        assert (["Mara Quill"], "Red Harbour") in facts_of(text, entities).named("cast_in"), text


def test_a_team_which_was_to_star_someone_is_no_casting() -> None:
    text = "The team Red Harbour, which was to star Mara Quill, was cancelled."
    entities = [*people(text, "Mara Quill"), entity(text, "O1", "Red Harbour", "ORG")]
    assert facts_of(text, entities).named("cast_in") == []


def test_with_x_and_y_lined_up_to_star_is_a_casting_of_both() -> None:
    text = "Lena Voss gets a second adaptation on Harbour TV with Mara Quill and Tomas Brandt lined up to star in Red Harbour."
    entities = [*people(text, "Lena Voss", "Mara Quill", "Tomas Brandt"), entity(text, "W1", "Red Harbour", "WORK")]
    assert sorted(facts_of(text, entities).named("cast_in")) == [
        (["Mara Quill"], "Red Harbour"),
        (["Tomas Brandt"], "Red Harbour"),
    ]


def test_lining_up_stars_is_no_casting() -> None:
    text = "Lena Voss has lined up stars such as Mara Quill for Red Harbour."
    entities = [*people(text, "Lena Voss", "Mara Quill"), entity(text, "W1", "Red Harbour", "WORK")]
    assert facts_of(text, entities).named("cast_in") == []


def test_a_name_before_another_ones_title_is_a_conjunct() -> None:
    # parsed with "Lena Voss" as a modifier of "winner"
    text = "The film stars Lena Voss and Oscar winner Ivo Sand."
    entities = [*people(text, "Lena Voss", "Ivo Sand"), entity(text, "W1", "Oscar", "OTHER")]
    assert sorted(facts_of(text, entities).named("acted_in")) == [(["Ivo Sand"], "film"), (["Lena Voss"], "film")]


def test_the_book_by_someone_is_their_work() -> None:
    text = "The drama is based on the acclaimed novel by Mara Quill."
    assert facts_of(text, people(text, "Mara Quill")).named("develops") == [(["Mara Quill"], "acclaimed novel")]


def test_a_statement_by_someone_is_no_work() -> None:
    text = "The drama was praised in the statement by Mara Quill."
    assert facts_of(text, people(text, "Mara Quill")).named("develops") == []


def test_a_named_book_by_someone_is_one_fact_with_the_work() -> None:
    text = "The drama is based on the novel Red Harbour by Mara Quill."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "Red Harbour", "WORK")]
    assert facts_of(text, entities).named("develops") == [(["Mara Quill"], "Red Harbour")]


def test_a_self_penned_hit_is_written_by_its_owner_when_the_copula_says() -> None:
    text = "Mara Quill's first self-penned hit was Red Harbour in 1961."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "Red Harbour", "WORK")]
    fact = facts_of(text, entities).one("develops")
    assert (fact.participants, fact.object, fact.time) == (["P1"], "W1", "1961")


def test_a_hit_someone_else_penned_is_not_the_owners() -> None:
    text = "Mara Quill's first hit, penned by Tomas Brandt, was Red Harbour."
    entities = [*people(text, "Mara Quill", "Tomas Brandt"), entity(text, "W1", "Red Harbour", "WORK")]
    assert ["Mara Quill"] not in [names for names, _ in facts_of(text, entities).named("develops")]


def test_a_remake_of_a_title_tagged_as_a_place_is_of_a_work() -> None:
    text = "Mara Quill, who is currently filming a remake of Hollywood classic Red Harbour, said no more."
    entities = [*people(text, "Mara Quill"), entity(text, "G1", "Red Harbour", "GPE")]
    assert facts_of(text, entities).named("develops") == [(["Mara Quill"], "Red Harbour")]


def test_filming_in_a_place_is_no_remake() -> None:
    text = "Mara Quill is filming in Red Harbour."
    entities = [*people(text, "Mara Quill"), entity(text, "G1", "Red Harbour", "GPE")]
    assert facts_of(text, entities).named("develops") == []


def test_a_work_made_by_someone_is_theirs() -> None:
    text = "One of the new shows will be the cartoon Red Harbour, made by Mara Quill."
    entities = [*people(text, "Mara Quill"), entity(text, "W1", "Red Harbour", "WORK")]
    assert facts_of(text, entities).named("develops") == [(["Mara Quill"], "Red Harbour")]


def test_a_claim_made_by_someone_is_no_work() -> None:
    text = "The claim made by Velvet Pictures was denied."
    assert facts_of(text, people(text, "Velvet Pictures", type="ORG")).named("develops") == []


def test_the_host_of_a_title_no_entity_stands_for_keeps_the_title() -> None:
    text = "Mara Quill is the host of Night Owls on Harbour Radio."
    entities = [*people(text, "Mara Quill"), entity(text, "O1", "Harbour Radio", "ORG")]
    assert facts_of(text, entities).named("acted_in") == [(["Mara Quill"], "Night Owls")]


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
