"""The attribution stage on sentences about invented people, one construction per test."""

from __future__ import annotations

import pytest

from dateline.model import Attribution
from tests.attribution_support import roles

pytestmark = pytest.mark.slow


def _only(found: list[Attribution]) -> Attribution:
    assert len(found) == 1, [a.cue.text for a in found if a.cue]
    return found[0]


def test_indirect_speech_with_the_cue_before_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("Mara Lindqvist said the tour would start in May."))
    assert roles(found) == ("Mara Lindqvist", "said", ["the tour would start in May"])
    assert found.kind == "indirect"
    assert found.source is not None and found.source.entity is not None and not found.source.anonymous


def test_direct_quote_with_inverted_said_after_it(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions('"The tour starts in May," said Mara Lindqvist.'))
    assert roles(found) == ("Mara Lindqvist", "said", ['"The tour starts in May,"'])
    assert found.kind == "direct"


def test_a_quote_split_by_the_cue_has_two_content_spans(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("“We are thrilled,” Tobias Renner told reporters. “It has been a long year.”"))
    assert roles(found) == ("Tobias Renner", "told", ["“We are thrilled,”", "“It has been a long year.”"])


def test_a_quote_over_two_paragraphs_is_one_content(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Mara Lindqvist said: “The first year was hard.\n\n“The second was worse.”"
    found = _only(attributions(text))
    assert [span.text for span in found.content] == ["“The first year was hard.", "“The second was worse.”"]


def test_told_outlet_marks_the_outlet_and_an_anonymous_source(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("A source told StarWatch.com that the couple had split."))
    assert roles(found) == ("A source", "told", ["that the couple had split"])
    assert found.source is not None and found.source.anonymous
    assert found.source.outlet is not None and found.source.outlet.text == "StarWatch.com"


def test_according_to_puts_the_source_after_the_cue(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("According to the Daily Ledger, the couple married in secret."))
    assert roles(found) == ("the Daily Ledger", "According to", ["the couple married in secret"])


def test_outlet_has_learned(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("The Daily Ledger has learned that the band will reunite."))
    assert roles(found) == ("The Daily Ledger", "has learned", ["that the band will reunite"])


def test_passive_it_is_understood_has_no_source(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("It is understood that the film has been shelved."))
    assert roles(found) == (None, "is understood", ["that the film has been shelved"])


def test_parenthetical_cue_splits_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only([a for a in attributions("The star, a source said, is expected to sign next week.") if a.parent is None])
    assert roles(found) == ("a source", "said", ["The star", "is expected to sign next week"])
    assert found.factuality.certainty == "probable"


def test_a_parenthetical_cue_after_a_fronted_phrase(attributions) -> None:  # type: ignore[no-untyped-def]
    found = [a for a in attributions("Back in Oslo, Mara Lindqvist said, she rested for a month.") if a.parent is None]
    assert [roles(a) for a in found] == [("Mara Lindqvist", "said", ["Back in Oslo", "she rested for a month"])]


def test_a_participle_before_a_parenthetical_cue_describes_the_source(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("Smiling at the crowd, the singer said, the tour would go on."))
    assert roles(found) == ("the singer", "said", ["the tour would go on"])


def test_nested_attribution_points_at_its_parent(attributions) -> None:  # type: ignore[no-untyped-def]
    outer, inner = attributions("A friend of the couple told the Ledger that Mara said she was retiring.")
    assert roles(outer)[:2] == ("A friend of the couple", "told")
    assert roles(inner) == ("Mara", "said", ["she was retiring"])
    assert inner.parent == outer.id and outer.parent is None


def test_the_source_refers_back_to_the_earlier_anonymous_source(attributions) -> None:  # type: ignore[no-untyped-def]
    text = 'An insider told StarWatch.com that the deal was close. "They talk every day," the insider said.'
    first, second = attributions(text)
    assert first.source is not None and second.source is not None
    assert first.source.anonymous and second.source.anonymous
    assert first.source.ref == second.source.ref
    assert second.source.outlet is not None and second.source.outlet.text == "StarWatch.com"


def test_two_different_anonymous_sources_get_different_refs(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "A source said the deal was close. A different insider said the talks had stalled."
    first, second = attributions(text)
    assert first.source is not None and second.source is not None
    assert first.source.ref != second.source.ref


def test_a_pronoun_source_resolves_to_the_one_person_just_named(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("Mara Lindqvist arrived in Oslo on Sunday. She said the trip was private."))
    assert found.source is not None and found.source.text == "She"
    assert found.source.entity is not None and found.source.entity == found.source.ref


def test_a_pronoun_source_is_the_person_the_entities_stage_resolved_it_to(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("Mara Lindqvist met Tobias Renner in Oslo. She said the meeting was friendly."))
    assert found.source is not None and found.source.text == "She"
    assert found.source.entity == "E1"  # Mara: the pronoun agrees with her, not with Tobias


def test_a_denial_makes_the_content_negative(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("Representatives for the singer denied that the pair had split."))
    assert found.factuality.polarity == "negative"
    assert found.factuality.commitment == "denied"
    assert found.source is not None and found.source.anonymous


def test_downplayed_any_romance_is_a_negative_statement(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("Friends of the actor have downplayed any romance with his co-star."))
    assert roles(found) == ("Friends of the actor", "have downplayed", ["any romance with his co-star"])
    assert found.factuality.polarity == "negative"


def test_crowd_speculation_is_an_anonymous_possible_statement(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("Mara and Tobias set tongues wagging when they left the party together."))
    assert found.source is not None and found.source.crowd and found.source.anonymous
    assert found.cue is not None and found.cue.text == "set tongues wagging"
    assert found.factuality.certainty == "possible" and found.factuality.commitment == "speculated"


def test_fans_speculate_is_crowd_speculation_with_content(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("Fans speculate that the pair are dating."))
    assert found.source is not None and found.source.crowd
    assert [span.text for span in found.content] == ["that the pair are dating"]
    assert found.factuality.certainty == "possible"


def test_a_sentence_without_attribution_gives_nothing(attributions) -> None:  # type: ignore[no-untyped-def]
    assert attributions("Mara Lindqvist arrived in Oslo on Sunday with her two dogs.") == []


def test_spans_point_into_the_text(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "“We won,” Mara said, according to the Ledger. Tobias told reporters he was delighted."
    for attribution in attributions(text):
        for span in [attribution.cue, *attribution.content]:
            assert span is not None and text[span.start : span.end] == span.text
        if attribution.source is not None:
            assert text[attribution.source.start : attribution.source.end] == attribution.source.text


def test_a_headline_name_colon_clause(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("Ana Reyes: The tour is off for good\n\nThe band rested in Oslo."))
    assert roles(found) == ("Ana Reyes", ":", ["The tour is off for good"])


def test_a_bare_participle_cue_has_no_source(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("Asked whether she would tour again, Ana Reyes smiled."))
    assert roles(found) == (None, "Asked", ["whether she would tour again"])
    assert found.factuality.certainty == "possible"


def test_reported_speech_does_not_reach_into_the_next_paragraph(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("The tour is off for good\n\nThe singer said so.")
    assert all("\n" not in span.text for a in found for span in a.content)


def test_according_to_an_outlet_marks_it_as_the_outlet(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("The couple married in secret, according to Us Weekly."))
    assert found.source is not None and found.source.text == "Us Weekly"
    assert found.source.outlet is not None and found.source.outlet.text == "Us Weekly"
    assert found.source.via == found.source.entity and found.source.via is not None


def test_according_to_a_person_has_no_outlet(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("The couple married in secret, according to Mara Lindqvist."))
    assert found.source is not None and found.source.outlet is None and not found.source.anonymous


def test_unnamed_sources_are_anonymous(attributions) -> None:  # type: ignore[no-untyped-def]
    texts = [
        "A rep for the singer said the tour was cancelled.",
        "According to reports, the tour was cancelled.",
        "A friend of the couple said they were happy.",
        "Sources close to the band said the tour was cancelled.",
        "His agent told reporters the tour was cancelled.",
        "One music industry specialist said the tour was cancelled.",
        "A lawyer for the band said the tour was cancelled.",
    ]
    for text in texts:
        found = _only(attributions(text))
        assert found.source is not None and found.source.anonymous, text
        assert not found.source.crowd


def test_a_named_spokesperson_is_not_anonymous(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("Her spokesman, Tobias Renner, said the tour was cancelled."))
    assert found.source is not None and not found.source.anonymous


def test_sparked_rumours_of_gives_what_is_speculated(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("The pair sparked rumours of a romance."))
    assert found.source is not None and found.source.crowd
    assert [span.text for span in found.content] == ["of a romance"]
    assert found.factuality.certainty == "possible"


def test_commitment_of_the_cue(attributions) -> None:  # type: ignore[no-untyped-def]
    confirmed = _only(attributions("Mara Lindqvist confirmed that the tour was cancelled."))
    claimed = _only(attributions("Mara Lindqvist claimed that the tour was cancelled."))
    assert (confirmed.factuality.commitment, confirmed.factuality.certainty) == ("confirmed", "certain")
    assert (claimed.factuality.commitment, claimed.factuality.certainty) == ("claimed", "probable")


def test_a_quote_after_reported_speech_goes_to_the_same_speaker(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions('Mara is a "born leader," Tobias said. "She always was."'))
    assert [span.text for span in found.content] == ['Mara is a "born leader,"', '"She always was."']
    assert found.kind == "mixed"


def test_a_quote_ending_in_a_question_mark_before_said(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("“She had a very tough year, and we all knew it, right?” Tobias Renner said."))
    assert roles(found) == ("Tobias Renner", "said", ["“She had a very tough year, and we all knew it, right?”"])


def test_a_cue_inside_the_quote_does_not_take_the_quote_from_the_speaker(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions('"It goes according to age," said Mara Lindqvist, a retired teacher.')
    speaker = next(a for a in found if a.cue is not None and a.cue.text == "said")
    assert [span.text for span in speaker.content] == ['"It goes according to age,"']
    assert speaker.source is not None and speaker.source.text.startswith("Mara Lindqvist")


def test_according_to_in_mid_sentence_splits_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("The couple, according to the Daily Ledger, married in secret and moved to Oslo."))
    assert [span.text for span in found.content] == ["The couple", "married in secret and moved to Oslo"]


def test_a_title_in_quotes_inside_the_frame_is_not_the_content(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Asked during a visit to the “Morning Show” studio whether she would tour, Ana Reyes replied, “Not this year.”"
    reply = next(a for a in attributions(text) if a.cue is not None and a.cue.text.startswith("replied"))
    assert [span.text for span in reply.content] == ["“Not this year.”"]


def test_a_cue_after_a_preposition_takes_the_main_subject(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("Tobias Renner upset the crew by saying that the tour was over."))
    assert roles(found) == ("Tobias Renner", "saying", ["that the tour was over"])


def test_a_statement_saying_is_the_source(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("A statement posted on the label's website said that the tour was over."))
    assert roles(found) == ("A statement posted on the label's website", "said", ["that the tour was over"])


def test_who_issued_a_statement_saying_is_the_source(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("The label issued a statement saying that the tour was over."))
    assert roles(found) == ("The label", "issued a statement saying", ["that the tour was over"])


def test_attribution_at_finds_the_innermost_content(attributions) -> None:  # type: ignore[no-untyped-def]
    from dateline.stages.attribution import attribution_at

    text = "A friend of the couple told the Ledger that Mara said she was retiring."
    found = attributions(text)
    retiring = text.index("retiring")
    inner = attribution_at(retiring, retiring + 8, found)
    assert inner is not None and inner.cue is not None and inner.cue.text == "said"
    assert attribution_at(0, 6, found) is None


def test_a_parse_across_paragraphs_does_not_drag_the_previous_one_in(attributions) -> None:  # type: ignore[no-untyped-def]
    text = 'The crowd cheered for an hour\n\n"This is our night!" said Mara Lindqvist, a teacher from Oslo.'
    speaker = next(a for a in attributions(text) if a.cue is not None and a.cue.text == "said")
    assert [span.text for span in speaker.content] == ['"This is our night!"']


def test_sparking_romance_rumours_is_crowd_speculation(attributions) -> None:  # type: ignore[no-untyped-def]
    found = _only(attributions("Mara Lindqvist and Tobias Renner sparked romance rumours at the festival."))
    assert found.cue is not None and found.cue.text == "sparked romance rumours"
    assert found.source is not None and found.source.crowd and found.source.anonymous
    assert found.factuality.certainty == "possible"


@pytest.mark.parametrize(
    "text",
    [
        "Mara Lindqvist left early.\n“Do not let the perfect be the enemy of the good,” she said, in a word to her fans.",
        "On Channel 9 on Tuesday, she said, “Do not let the perfect be the enemy of the good.”",
    ],
)
def test_a_quote_next_to_its_cue_whatever_phrase_the_parser_hangs_elsewhere(attributions, text: str) -> None:  # type: ignore[no-untyped-def]
    found = [roles(a) for a in attributions(text) if a.parent is None and roles(a)[1] == "said"]
    assert found == [("she", "said", [text[text.index("“") : text.index("”") + 1]])]


def test_a_source_starts_after_the_line_break_before_it(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "UPDATE 3\n\nMara Lindqvist’s campaign says it raised $2 million in May."
    assert [roles(a) for a in attributions(text)] == [("Mara Lindqvist’s campaign", "says", ["it raised $2 million in May"])]


def test_a_quotation_of_several_sentences_is_read_at_its_first(attributions) -> None:  # type: ignore[no-untyped-def]
    # spaCy's root of the whole quotation is the second sentence's verb, which is negated.
    found = _only(attributions('Ana Reyes said: "The tour went well. We did not expect it."'))
    assert (found.factuality.polarity, found.factuality.certainty) == ("positive", "certain")
