"""Tenth round of award and release rules (won_award, nominated, release), on sentences written for
the tests about invented people, works and prizes."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.model import Document
from dateline.nlp import load_pipeline
from dateline.stages.facts import find_facts
from dateline.stages.times import find_times
from tests.facts_support import facts_of, people


def test_a_win_named_after_an_undated_lead_takes_the_leads_year() -> None:
    text = (
        "A memoir about lighthouse keepers has won the Kestrel Book Award 2019. "
        "Mara Quill, a teacher from the coast, collected the prize for her first book."
    )
    fact = facts_of(text, people(text, "Mara Quill")).one("won_award")
    assert fact.time == "2019"


def test_the_year_may_be_the_festivals_in_the_lead() -> None:
    text = (
        "A film about two sisters has picked up the top prize at the 2018 Harbour Film Festival in Oslo. "
        "Mara Quill collected the prize for her first feature."
    )
    assert facts_of(text, people(text, "Mara Quill")).one("won_award").time == "2018"


def test_a_lead_that_names_its_winner_dates_nothing_in_the_next_sentence() -> None:
    text = (
        "Ivo Sand has won the Kestrel Book Award 2019. "
        "Mara Quill collected the poetry prize for her first book."
    )
    found = facts_of(text, people(text, "Ivo Sand", "Mara Quill"))
    times = {found.names[fact.participants[0]]: fact.time for fact in found.facts if fact.predicate == "won_award"}
    assert times == {"Ivo Sand": "2019", "Mara Quill": None}


def test_the_leads_year_reaches_only_the_second_sentence() -> None:
    text = (
        "A memoir about lighthouse keepers has won the Kestrel Book Award 2019. "
        "The judges met in a small library. "
        "Mara Quill collected the poetry prize for her first book."
    )
    assert facts_of(text, people(text, "Mara Quill")).one("won_award").time is None


_LEMMAS = {"won": "win"}


def _hand_parsed(rows: list[tuple[str, int, str, str, str]], *, ents: list[str], joined: tuple[str, ...] = ()) -> Doc:
    """A parsed sentence built by hand (word, head, dep, pos, tag): a parse the model gives some
    real names but not reliably the invented ones of a test. Words in ``joined`` have no space after."""
    nlp = load_pipeline()
    words = [row[0] for row in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", "'s") and words[i] not in joined for i in range(len(words))]
    return Doc(
        nlp.vocab, words=words, spaces=spaces,
        heads=[row[1] for row in rows], deps=[row[2] for row in rows], pos=[row[3] for row in rows],
        tags=[row[4] for row in rows], lemmas=[_LEMMAS.get(word, word.lower()) for word in words], ents=ents,
    )


def test_a_name_tagged_as_an_adjective_in_front_of_a_name_taking_noun_is_the_noun() -> None:
    doc = _hand_parsed([
        ("Kestrel", 1, "compound", "PROPN", "NNP"), ("Radio", 4, "poss", "PROPN", "NNP"),
        ("'s", 1, "case", "PART", "POS"), ("iGrow", 4, "amod", "ADJ", "JJ"), ("site", 5, "nsubj", "NOUN", "NN"),
        ("won", 5, "ROOT", "VERB", "VBD"), ("the", 8, "det", "DET", "DT"), ("education", 8, "compound", "NOUN", "NN"),
        ("award", 5, "dobj", "NOUN", "NN"), (".", 5, "punct", "PUNCT", "."),
    ], ents=["B-ORG", "I-ORG", "O", "B-ORG", "O", "O", "O", "O", "O", "O"])
    text = doc.text
    entities = people(text, "Kestrel Radio", "iGrow", type="ORG")
    facts = find_facts(doc, document=Document.create(text), entities=entities,
                       times=find_times(text, document_date=None, doc=doc), attributions=[])
    names = {e.id: e.name for e in entities}
    assert [[names[p] for p in f.participants] for f in facts if f.predicate == "won_award"] == [["iGrow"]]


def test_a_nationality_in_front_of_a_name_taking_noun_is_no_name_of_it() -> None:
    doc = _hand_parsed([
        ("The", 2, "det", "DET", "DT"), ("Danish", 2, "amod", "ADJ", "JJ"), ("site", 3, "nsubj", "NOUN", "NN"),
        ("won", 3, "ROOT", "VERB", "VBD"), ("the", 6, "det", "DET", "DT"), ("education", 6, "compound", "NOUN", "NN"),
        ("award", 3, "dobj", "NOUN", "NN"), (".", 3, "punct", "PUNCT", "."),
    ], ents=["O", "B-NORP", "O", "O", "O", "O", "O", "O"])
    text = doc.text
    entities = people(text, "Danish", type="ORG")
    facts = find_facts(doc, document=Document.create(text), entities=entities,
                       times=find_times(text, document_date=None, doc=doc), attributions=[])
    assert [f for f in facts if f.predicate == "won_award"] == []


def test_a_share_of_the_nominations_in_a_category_is_a_nomination_in_it() -> None:
    text = "The Kestrel Gazette takes two of the four nominations in the best website category."
    found = facts_of(text, people(text, "Kestrel Gazette", type="ORG"))
    assert found.named("nominated") == [(["Kestrel Gazette"], "best website category")]


def test_nominations_in_categories_of_x_and_y_are_one_each() -> None:
    text = "Paper Lanterns received nominations in the categories of cinematography and editing."
    found = facts_of(text, people(text, "Paper Lanterns", type="WORK"))
    assert sorted(found.named("nominated")) == [
        (["Paper Lanterns"], "cinematography"), (["Paper Lanterns"], "editing")
    ]


def test_named_among_the_winners_is_a_win() -> None:
    text = "Mara Quill, who was named among the winners at the Harbour awards, thanked her family."
    assert facts_of(text, people(text, "Mara Quill")).named("won_award") == [(["Mara Quill"], None)]


def test_named_among_the_guests_is_no_win() -> None:
    text = "Mara Quill, who was named among the guests at the Harbour awards, thanked her family."
    assert facts_of(text, people(text, "Mara Quill")).named("won_award") == []


def test_a_rival_who_has_only_a_number_of_them_has_nominations_too() -> None:
    text = "Mara Quill has four nominations, while Ivo Sand has three."
    found = facts_of(text, people(text, "Mara Quill", "Ivo Sand"))
    assert sorted(found.named("nominated")) == [(["Ivo Sand"], None), (["Mara Quill"], None)]


def test_a_rival_with_a_number_of_something_else_has_no_nomination() -> None:
    text = "Mara Quill has four nominations, while Ivo Sand has three children."
    found = facts_of(text, people(text, "Mara Quill", "Ivo Sand"))
    assert found.named("nominated") == [(["Mara Quill"], None)]


def test_crowned_best_newcomer_is_a_win() -> None:
    text = "Ivo Sand was crowned best newcomer at the Harbour awards."
    assert facts_of(text, people(text, "Ivo Sand")).named("won_award") == [(["Ivo Sand"], "best newcomer")]


def test_crowned_king_of_a_carnival_is_no_award() -> None:
    text = "Ivo Sand was crowned king of the village carnival."
    assert facts_of(text, people(text, "Ivo Sand")).named("won_award") == []


def test_a_relative_clause_on_a_name_is_not_about_the_names_listed_after_it() -> None:
    text = "Mara Quill, who won the best director prize, Ivo Sand and Lena Frost were all at the party."
    found = facts_of(text, people(text, "Mara Quill", "Ivo Sand", "Lena Frost"))
    assert found.named("won_award") == [(["Mara Quill"], "best director prize")]


def test_a_relative_clause_after_two_names_is_about_both() -> None:
    text = "Mara Quill and Ivo Sand, who won the best director prize, thanked the jury."
    found = facts_of(text, people(text, "Mara Quill", "Ivo Sand"))
    assert sorted(found.named("won_award")) == [(["Ivo Sand"], "best director prize"), (["Mara Quill"], "best director prize")]


def test_a_chart_topping_title_parsed_beside_its_name_describes_the_name() -> None:
    doc = _hand_parsed([
        ("Chart", 2, "npadvmod", "ADV", "RB"), ("-", 2, "punct", "PUNCT", "HYPH"), ("topping", 3, "amod", "VERB", "VBG"),
        ("star", 6, "nsubj", "NOUN", "NN"), ("Ravella", 6, "nsubj", "PROPN", "NNP"), ("is", 6, "aux", "AUX", "VBZ"),
        ("leading", 6, "ROOT", "VERB", "VBG"), ("the", 8, "det", "DET", "DT"), ("field", 6, "dobj", "NOUN", "NN"),
        (".", 6, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "B-PERSON", "O", "O", "O", "O", "O"], joined=("Chart", "-"))
    text = doc.text
    entities = people(text, "Ravella")
    facts = find_facts(doc, document=Document.create(text), entities=entities,
                       times=find_times(text, document_date=None, doc=doc), attributions=[])
    assert [(f.participants, f.arguments.get("object_text")) for f in facts if f.predicate == "won_award"] == [
        ([entities[0].id], "number one")
    ]
