"""Awards: wins with their category and work, nominations (shares of them, a rival's "has three"),
chart number ones, negated nominations, "crowned" and "named among the winners"."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.model import Document
from dateline.nlp import load_pipeline
from dateline.stages.facts import find_facts
from dateline.stages.times import find_times
from tests.builders import entity
from tests.facts_support import facts_of, people


def _cast(text: str) -> list:  # type: ignore[type-arg]
    return [*people(text, "Mara Quill", "Ivo Sand"), entity(text, "W1", "The Glass Harbour", "WORK")]


def test_a_win_keeps_the_award_and_the_work_it_was_for() -> None:
    text = "Ivo Sand won the best director prize for The Glass Harbour in 2004."
    fact = facts_of(text, _cast(text)).one("won_award")
    assert fact.participants == ["P1"] or fact.participants == ["P2"]
    assert fact.arguments["object_text"] == "best director prize"
    assert (fact.arguments["for"], fact.time) == ("The Glass Harbour", "2004")


def test_an_award_for_two_categories_is_two_wins() -> None:
    text = "Mara Quill won awards for best actress and best newcomer."
    found = facts_of(text, _cast(text))
    assert sorted(obj for _, obj in found.named("won_award")) == ["best actress", "best newcomer"]


def test_a_count_of_awards_is_no_fact() -> None:
    text = "Mara Quill took home two awards."
    assert facts_of(text, _cast(text)).named("won_award") == []


def test_coordinated_nominees_are_nominated_each() -> None:
    text = "Mara Quill and Ivo Sand have been nominated for best film."
    found = facts_of(text, _cast(text))
    assert sorted(found.named("nominated")) == [(["Ivo Sand"], "best film"), (["Mara Quill"], "best film")]


def test_alternatives_are_not_each_nominated() -> None:
    text = "Either Mara Quill or Ivo Sand will be nominated for best film."
    assert (["Ivo Sand"], "best film") not in facts_of(text, _cast(text)).named("nominated")


def test_a_number_one_goes_to_the_work_it_was_won_with() -> None:
    text = "Ivo Sand went to number one with The Glass Harbour."
    assert facts_of(text, _cast(text)).named("won_award") == [(["The Glass Harbour"], "number one")]


def test_a_negated_nomination_is_negative() -> None:
    text = "Ivo Sand was not nominated for best film."
    fact = facts_of(text, _cast(text)).one("nominated")
    assert (fact.polarity, fact.certainty) == ("negative", "certain")


def test_categories_listed_after_a_capitalised_award_name_are_wins_each() -> None:
    text = "Mara Quill won eight Grammy Awards, including album of the year."
    found = facts_of(text, _cast(text))
    assert sorted(obj for _, obj in found.named("won_award")) == ["Grammy Awards", "album of the year"]


def test_winning_in_a_category_names_the_award_by_the_category() -> None:
    text = "The Glass Harbour won in the theatre category."
    assert facts_of(text, _cast(text)).named("won_award") == [(["The Glass Harbour"], "theatre category")]


def test_getting_an_award_is_a_win_and_getting_a_role_is_not() -> None:
    text = "Ivo Sand got a lifetime achievement award. Mara Quill landed the title role."
    assert facts_of(text, _cast(text)).named("won_award") == [(["Ivo Sand"], "lifetime achievement award")]


def test_a_nomination_in_a_category_is_no_win_in_that_category() -> None:
    text = "The Glass Harbour received a best film nomination in the drama category."
    assert facts_of(text, _cast(text)).named("won_award") == []


def test_being_in_the_running_for_an_award_is_a_nomination() -> None:
    text = "Mara Quill is already in the running for three Grammy Awards."
    fact = facts_of(text, _cast(text)).one("nominated")
    assert (fact.participants, fact.arguments["object_text"], fact.certainty) == (["P1"], "Grammy Awards", "certain")


def test_being_thought_to_be_in_the_running_is_still_hedged() -> None:
    text = "Mara Quill is thought to be in the running for three Grammy Awards."
    assert facts_of(text, _cast(text)).one("nominated").certainty != "certain"


def test_getting_a_work_is_no_win() -> None:
    text = "Mara Quill got The Glass Harbour under way."
    assert facts_of(text, _cast(text)).named("won_award") == []


def test_a_category_coordinated_under_best_shares_its_words() -> None:
    text = "Mara Quill picked up best international band and album."
    found = facts_of(text, _cast(text))
    assert sorted(obj for _, obj in found.named("won_award")) == ["best international album", "best international band"]


def test_a_list_of_winners_names_who_won_and_the_list_s_year_is_the_time() -> None:
    text = "Previous winners include The Glass Harbour by Ivo Sand, in 2000."
    fact = facts_of(text, _cast(text)).one("won_award")
    assert (fact.participants, fact.time) == (["W1"], "2000")


def test_a_single_winner_without_its_award_is_no_fact() -> None:
    text = "The winner, Mara Quill, thanked the jury."
    assert facts_of(text, _cast(text)).named("won_award") == []


def test_the_award_of_in_the_running_is_found_when_for_hangs_from_running() -> None:
    text = "The Glass Harbour, whose songs sold well, is already in the running for three Grammy Awards."
    fact = facts_of(text, _cast(text)).one("nominated")
    assert (fact.participants, fact.arguments["object_text"]) == (["W1"], "Grammy Awards")


def test_the_names_a_shortlist_includes_are_nominated() -> None:
    text = "The best novel shortlist includes Mara Quill and Ivo Sand."
    found = facts_of(text, _cast(text))
    assert sorted(found.named("nominated")) == [(["Ivo Sand"], "best novel"), (["Mara Quill"], "best novel")]


def test_taking_on_rivals_for_an_award_is_being_up_for_it_and_so_are_they() -> None:
    text = "Mara Quill takes on Ivo Sand for the best newcomer award."
    found = facts_of(text, _cast(text))
    expected = [(["Ivo Sand"], "best newcomer award"), (["Mara Quill"], "best newcomer award")]
    assert sorted(found.named("nominated")) == expected


def test_taking_on_a_role_is_no_nomination() -> None:
    text = "Mara Quill takes on Ivo Sand's role for the new series."
    assert facts_of(text, _cast(text)).named("nominated") == []


def test_being_among_the_nominees_is_a_nomination() -> None:
    text = "Mara Quill and Ivo Sand are among the nominees for best film."
    found = facts_of(text, _cast(text))
    assert sorted(found.named("nominated")) == [(["Ivo Sand"], "best film"), (["Mara Quill"], "best film")]


def test_the_one_among_the_nominees_a_copula_names_is_nominated() -> None:
    text = "The biggest hit among this year's nominees is The Glass Harbour."
    assert facts_of(text, _cast(text)).named("nominated") == [(["The Glass Harbour"], None)]


def test_a_fan_among_the_nominees_is_not_named_by_the_clause() -> None:
    text = "Mara Quill sat among the nominees at the ceremony."
    assert facts_of(text, _cast(text)).named("nominated") == []


def test_losing_out_on_an_award_to_someone_is_their_win() -> None:
    text = "Mara Quill lost out on the best actress award to Ivo Sand."
    found = facts_of(text, _cast(text))
    wins = [fact for fact in found.facts if fact.predicate == "won_award" and fact.polarity == "positive"]
    assert [(found.names[fact.participants[0]], fact.arguments["object_text"]) for fact in wins] == [
        ("Ivo Sand", "best actress award")
    ]  # the loser's negative win: tests/test_facts_lose_out.py


def test_losing_out_to_someone_without_an_award_is_no_win() -> None:
    text = "Mara Quill lost out to Ivo Sand in the final."
    assert facts_of(text, _cast(text)).named("won_award") == []


def test_a_described_award_for_a_reason_keeps_its_name() -> None:
    text = "Mara Quill won a special award for her contribution to theatre."
    assert facts_of(text, _cast(text)).named("won_award") == [(["Mara Quill"], "special award")]


def test_an_award_for_someones_performance_is_no_category() -> None:
    text = "Mara Quill won an award for her portrayal of a nurse."
    assert facts_of(text, _cast(text)).named("won_award") == [(["Mara Quill"], "award")]


def test_an_event_taken_on_for_an_award_is_nominated_too() -> None:
    text = "The Glass Harbour takes on the BBC's Winter Games and Mara Quill for the interactive award."
    cast = [*_cast(text), entity(text, "E1", "Winter Games", "EVENT")]
    found = facts_of(text, cast).named("nominated")
    assert (["Winter Games"], "interactive award") in found


def test_sweeping_the_board_with_awards_names_the_awards_too() -> None:
    text = "Mara Quill swept the board at the Harbour Awards with four titles, including two best album awards."
    cast = [*_cast(text), entity(text, "E1", "the Harbour Awards", "EVENT")]
    assert sorted(obj or "" for _, obj in facts_of(text, cast).named("won_award")) == [
        "best album awards", "the Harbour Awards"
    ]


def test_sweeping_the_board_with_a_band_names_no_award() -> None:
    text = "Mara Quill swept the board with her band."
    assert facts_of(text, _cast(text)).named("won_award") == [(["Mara Quill"], None)]


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
    # the ceremony of the "at" phrase names the award
    assert facts_of(text, people(text, "Mara Quill")).named("won_award") == [(["Mara Quill"], "Harbour awards")]


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


def test_a_copula_with_a_bare_category_is_a_win() -> None:
    text = "Ivo Sand won best director, while Mara Quill was best actress."
    found = facts_of(text, _cast(text)).named("won_award")
    assert (["Mara Quill"], "best actress") in found


def test_a_copula_with_praise_is_no_win() -> None:
    for text in ("Mara Quill is the best actress of her generation.", "Mara Quill is best friends with Ivo Sand."):
        assert facts_of(text, _cast(text)).named("won_award") == []
