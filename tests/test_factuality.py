"""Factuality of a clause from its head word: negation, hedges, governors, conditionals, commitment."""

from __future__ import annotations

import pytest

from dateline.model import Attribution, Factuality, Span
from dateline.stages.factuality import assess, commitment_factuality, hedge_cues, lower

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from dateline.nlp import load_pipeline

    return load_pipeline()


def _assess(nlp, text: str, word: str, **kwargs) -> Factuality:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    return assess(token, **kwargs)


def _cues(fact: Factuality) -> list[str]:
    return [cue.text for cue in fact.cues]


def test_a_plain_statement_is_positive_and_certain(nlp) -> None:  # type: ignore[no-untyped-def]
    fact = _assess(nlp, "Mara Lindqvist returned to Oslo.", "returned")
    assert (fact.polarity, fact.certainty, fact.cues) == ("positive", "certain", [])


def test_not_and_never_negate(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _assess(nlp, "Mara did not return to Oslo.", "return").polarity == "negative"
    assert _assess(nlp, "Mara never returned to Oslo.", "returned").polarity == "negative"


def test_a_modal_makes_it_possible_and_is_a_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    fact = _assess(nlp, "Mara may return to Oslo.", "return")
    assert (fact.polarity, fact.certainty, _cues(fact)) == ("positive", "possible", ["may"])


def test_reportedly_makes_it_probable(nlp) -> None:  # type: ignore[no-untyped-def]
    fact = _assess(nlp, "Mara reportedly bought a house in Oslo.", "bought")
    assert (fact.certainty, _cues(fact)) == ("probable", ["reportedly"])


def test_expected_to_governs_its_complement(nlp) -> None:  # type: ignore[no-untyped-def]
    fact = _assess(nlp, "Mara is expected to play the lead.", "play")
    assert (fact.certainty, _cues(fact)) == ("probable", ["expected"])


def test_is_said_to_is_a_passive_hedge(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _assess(nlp, "Mara is said to be furious.", "be").certainty == "probable"


def test_plans_to_is_not_yet_so(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _assess(nlp, "Tobias plans to marry in June.", "marry").certainty == "possible"


def test_denied_that_makes_the_complement_negative(nlp) -> None:  # type: ignore[no-untyped-def]
    fact = _assess(nlp, "Tobias denied that he had left the band.", "left")
    assert (fact.polarity, _cues(fact)) == ("negative", ["denied"])


def test_shot_down_rumours_of_a_wedding(nlp) -> None:  # type: ignore[no-untyped-def]
    fact = _assess(nlp, "Tobias shot down rumours of a wedding.", "wedding")
    assert fact.polarity == "negative" and fact.certainty == "possible"


def test_double_negation_is_positive(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _assess(nlp, "Tobias did not deny that he had left the band.", "left").polarity == "positive"


def test_a_conditional_clause_is_possible(nlp) -> None:  # type: ignore[no-untyped-def]
    fact = _assess(nlp, "If Mara signs the deal, the tour will go ahead.", "signs")
    assert (fact.certainty, _cues(fact)) == ("possible", ["If"])


def test_potential_on_a_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _assess(nlp, "They discussed a potential collaboration.", "collaboration").certainty == "possible"


def test_a_span_is_assessed_by_its_root(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Mara might not come back.")
    assert assess(doc[0:5]).polarity == "negative" and assess(doc[0:5]).certainty == "possible"


def test_the_attribution_commitment_is_folded_in(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A source claimed that Mara had left the band."
    doc = nlp(text)
    cue = Span(start=text.index("claimed"), end=text.index("claimed") + 7, text="claimed")
    attribution = Attribution(id="A1", kind="indirect", cue=cue, factuality=commitment_factuality("claimed", cue=cue))
    fact = assess(next(t for t in doc if t.text == "left"), attribution=attribution)
    assert (fact.certainty, fact.commitment, _cues(fact)) == ("probable", "claimed", ["claimed"])


def test_commitment_classes_come_from_the_data_file() -> None:
    assert commitment_factuality("denied").polarity == "negative"
    assert commitment_factuality("speculated").certainty == "possible"
    assert commitment_factuality("confirmed").certainty == "certain"
    assert commitment_factuality(None).certainty == "certain"


def test_lower_picks_the_less_certain() -> None:
    assert lower("certain", "possible") == "possible"
    assert lower("probable", "certain") == "probable"


def test_hedge_cues_skip_intentions_and_active_say(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Tobias said he might want to retire, and he is believed to be tired.")
    assert [token.text for token, _ in hedge_cues(doc)] == ["might", "believed"]


def test_a_negative_subject_negates_the_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _assess(nlp, "No one has claimed the prize.", "claimed").polarity == "negative"


def test_intentions_pass_only_through_clauses(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _assess(nlp, "The fans set fire to the stage.", "fire").certainty == "certain"


def test_the_cue_s_own_negation_and_modal(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.stages.factuality import cue_factuality

    def read(text: str, word: str, commitment: str) -> Factuality:
        token = next(t for t in nlp(text) if t.text == word)
        cue = Span(start=token.idx, end=token.idx + len(token.text), text=token.text)
        return cue_factuality(token, commitment=commitment, cue=cue)

    unconfirmed = read("Mara did not confirm that the tour was over.", "confirm", "confirmed")
    assert (unconfirmed.polarity, unconfirmed.certainty) == ("positive", "possible")
    undenied = read("Tobias never denied that he left.", "denied", "denied")
    assert (undenied.polarity, undenied.certainty) == ("positive", "probable")
    maybe = read("Some might say the deal is risky.", "say", "stated")
    assert maybe.certainty == "possible" and [c.text for c in maybe.cues] == ["might"]


def test_a_noun_under_a_hearsay_noun_is_only_as_sure_as_the_hearsay() -> None:
    from dateline.nlp import load_pipeline
    from dateline.stages.factuality import assess

    nlp = load_pipeline()
    doc = nlp("There were reports of a split between the two singers.")
    split = next(token for token in doc if token.text == "split")
    assert assess(split).certainty == "probable"
    doc = nlp("The pair denied rumours of an affair.")
    affair = next(token for token in doc if token.text == "affair")
    found = assess(affair)
    assert (found.polarity, found.certainty) == ("negative", "possible")
    assert [cue.text for cue in found.cues] == ["denied", "rumours"]


def test_the_favourite_to_win_is_probable(nlp) -> None:  # type: ignore[no-untyped-def]
    fact = _assess(nlp, "Its star Mara Quill is favourite to win best actress.", "win")
    assert fact.certainty == "probable"


def test_should_is_possible_and_must_probable(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _assess(nlp, "Mara should sell the farm.", "sell").certainty == "possible"
    assert _assess(nlp, "Mara must have sold the farm.", "sold").certainty == "probable"
    assert [token.text for token, _ in hedge_cues(nlp("Mara must sell the farm."))] == []


def test_a_to_infinitive_asked_for_or_needed_has_not_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    fact = _assess(nlp, "The mayor asked Tobias to repaint the bridge.", "repaint")
    assert (fact.certainty, _cues(fact)) == ("possible", ["asked"])
    assert _assess(nlp, "Tobias has to repaint the bridge.", "repaint").certainty == "possible"
    assert _assess(nlp, "Tobias needs to repaint the bridge.", "repaint").certainty == "possible"
    assert _assess(nlp, "Tobias is able to repaint the bridge.", "repaint").certainty == "possible"
    assert _assess(nlp, "Tobias is going to repaint the bridge.", "repaint").certainty == "possible"
    assert _assess(nlp, "Tobias agreed to repaint the bridge.", "repaint").certainty == "probable"


def test_in_the_past_had_to_and_was_able_to_did_happen(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _assess(nlp, "Tobias had to repaint the bridge.", "repaint").certainty == "certain"
    assert _assess(nlp, "Tobias was able to repaint the bridge.", "repaint").certainty == "certain"
    assert _assess(nlp, "Tobias has had to repaint the bridge.", "repaint").certainty == "certain"


def test_has_yet_to_is_not_so(nlp) -> None:  # type: ignore[no-untyped-def]
    fact = _assess(nlp, "The film has yet to be screened in Oslo.", "screened")
    assert (fact.polarity, _cues(fact)) == ("negative", ["yet"])
    assert _assess(nlp, "Tobias has now to repaint the bridge.", "repaint").polarity == "positive"


def test_a_yes_no_question_asserts_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    fact = _assess(nlp, "Did Tobias repaint the bridge?", "repaint")
    assert (fact.polarity, fact.certainty, _cues(fact)) == ("positive", "possible", ["Did"])
    assert _assess(nlp, "Did Mara say that Tobias repainted the bridge?", "repainted").certainty == "possible"
    assert _assess(nlp, "Why did Tobias repaint the bridge?", "repaint").certainty == "certain"
    assert _assess(nlp, "Tobias repainted the bridge.", "repainted").certainty == "certain"


def test_a_command_asserts_nothing_but_what_it_tells(nlp) -> None:  # type: ignore[no-untyped-def]
    fact = _assess(nlp, "Please repaint the bridge before Monday.", "repaint")
    assert (fact.certainty, _cues(fact)) == ("possible", ["repaint"])
    assert _assess(nlp, "Tell me what happened at the bridge.", "happened").certainty == "certain"
    assert _assess(nlp, "Please let me know by Friday.", "know").certainty == "possible"


def test_a_bare_conjunct_shares_the_auxiliaries_of_the_first(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _assess(nlp, "Tobias may sing and dance at the fair.", "dance").certainty == "possible"
    assert _assess(nlp, "Tobias did not sing or dance at the fair.", "dance").polarity == "negative"
    assert _assess(nlp, "Tobias did not sing but danced at the fair.", "danced").polarity == "positive"


def test_what_is_scheduled_is_probable(nlp) -> None:  # type: ignore[no-untyped-def]
    fact = _assess(nlp, "Tobias is due to perform in Oslo in May.", "perform")
    assert (fact.certainty, _cues(fact)) == ("probable", ["due"])
    assert _assess(nlp, "Tobias is scheduled to perform in Oslo.", "perform").certainty == "probable"
    assert _assess(nlp, "Tobias was about to perform in Oslo.", "perform").certainty == "probable"


def test_a_noun_in_a_verb_s_prepositional_phrase_keeps_its_own_factuality(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _assess(nlp, "The town did not recover from the flood.", "flood").polarity == "positive"
    assert _assess(nlp, "Tobias may speak at the festival.", "festival").certainty == "certain"
    assert _assess(nlp, "Mara denied rumours of a split.", "split").polarity == "negative"
    assert _assess(nlp, "The talks did not result in any changes.", "changes").polarity == "negative"
    assert _assess(nlp, "The trial may begin at the court located in Lisbon.", "located").certainty == "certain"
    assert _assess(nlp, "Tobias is not on the shortlist.", "shortlist").polarity == "negative"


def test_a_modal_the_parser_hung_on_an_auxiliary_still_hedges(nlp) -> None:  # type: ignore[no-untyped-def]
    # "would" on the passive auxiliary "been", not on "delighted" (fourth read sample of news-dev, attr21).
    text = "The producer said that Tobias would have been delighted with the choice."
    assert _assess(nlp, text, "delighted").certainty == "probable"
