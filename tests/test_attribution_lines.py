"""Attributions whose cue is punctuation: speaker lines "Name: clause" and quotes signed with a dash."""

from __future__ import annotations

import pytest

from tests.attribution_support import all_roles

pytestmark = pytest.mark.slow


def test_a_transcript_speaker_in_capitals(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("RENNER: The band released a video on Friday.\n\nThe band rested.")
    assert all_roles(found) == [("RENNER", ":", ["The band released a video on Friday"])]


def test_a_poll_headline(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Poll: Mara Lindqvist leads the race for the award.\n\nThe band rested.")
    assert all_roles(found) == [("Poll", ":", ["Mara Lindqvist leads the race for the award"])]


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE: The singer has since apologised.\n\nThe band rested.",  # a label, not a speaker
        "Ohio: Ana Reyes, Tobias Renner, Mara Lindqvist.\n\nThe band rested.",  # a place and a list
        "Q: Did the tour go well?\n\nA: It went very well.",  # interviews: PolNeAR annotates a third
        "Q: You said the band would split up.\n\nA: It went very well.",
        "BOOM: Mara Lindqvist Fires Back At Her Critics.\n\nThe band rested.",  # a headline kicker
        "VIDEO EXTRA: Mara Lindqvist rehearses the show on the stage.\n\nThe band rested.",  # a kicker in capitals
        "SPOTTED: Ana Reyes and Tobias Wren at the opening of the new gallery.\n\nThe band rested.",  # a newsletter's section
        "BIRTHDAYS: Mara Quill is 40 ... Ivo Brandt is 52\n\nThe band rested.",
    ],
)
def test_lines_that_are_no_speaker_lines(attributions, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [a for a in attributions(text) if a.cue is not None and a.cue.text == ":"] == []


@pytest.mark.parametrize("dash", ["―", "—", "-"])
def test_a_quote_signed_with_a_dash(attributions, dash: str) -> None:  # type: ignore[no-untyped-def]
    quote = '"We will be back next year with a new record and a longer tour."'
    found = attributions(f"{quote}\n\n{dash} Mara Lindqvist.")
    assert all_roles(found) == [("Mara Lindqvist", dash, [quote])]
    assert found[0].kind == "direct"


def test_a_short_title_and_its_artist_are_no_signed_quote(attributions) -> None:  # type: ignore[no-untyped-def]
    assert attributions('The radio played "Hey Ya!" - OutKast.') == []


def test_a_headline_speaker_the_tagger_calls_a_noun(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Lindqvist: Tour Plans Have Changed.\n\nMara Lindqvist told fans on Sunday.")
    assert ("Lindqvist", ":", ["Tour Plans Have Changed"]) in all_roles(found)


def test_a_headline_without_a_verb(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Renner: No new album before the tour.\n\nTobias Renner spoke on Sunday.")
    assert ("Renner", ":", ["No new album before the tour"]) in all_roles(found)


def test_a_verbless_line_inside_the_text_is_no_speaker_line(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("The band rested.\n\nRenner: No new album before the tour.")
    assert [a for a in found if a.cue is not None and a.cue.text == ":"] == []


def test_a_name_holding_a_label_word(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Harbor Watch: The Council Hid The Bridge Report.\n\nThe council met on Monday.")
    assert ("Harbor Watch", ":", ["The Council Hid The Bridge Report"]) in all_roles(found)


def test_a_headline_speaker_with_a_topic(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Lindqvist on the Harbor Tour: It Will Go Ahead in May.\n\nMara Lindqvist spoke on Sunday.")
    assert ("Lindqvist", ":", ["It Will Go Ahead in May"]) in all_roles(found)


def test_a_headline_quotation_the_tagger_finds_no_verb_in(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Renner: 'Never, ever, ever underestimate Lindqvist.'\n\nThe band rested.")
    assert ("Renner", ":", ["'Never, ever, ever underestimate Lindqvist.'"]) in all_roles(found)


def test_a_long_headline_in_title_case_says_something() -> None:
    # The tagger makes every word of such a headline a proper noun ("Poll: Ana Reyes Ties ...").
    from spacy.tokens import Doc

    from dateline.nlp import load_pipeline
    from dateline.stages.attribution_lines import _says_something

    vocab = load_pipeline().vocab
    words = ["Lindqvist", "Ties", "Renner", "With", "Holm", "in", "a", "Three-Way", "Race"]
    title = Doc(vocab, words=words, pos=["PROPN"] * 5 + ["ADP", "DET", "PROPN", "PROPN"])
    label = Doc(vocab, words=["A", "Town", "at", "Sea"], pos=["DET", "PROPN", "ADP", "PROPN"])
    assert _says_something(title[:], headline=True)
    assert not _says_something(label[:], headline=True)
    assert not _says_something(title[:], headline=False)
