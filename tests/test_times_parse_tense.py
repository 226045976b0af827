"""The tense the parse gives a bare weekday or month: cue words that govern it, participles' auxiliaries."""

import datetime as dt

import pytest

from dateline.stages.times import find_times

MONDAY = dt.date(2025, 4, 14)
THURSDAY = dt.date(2025, 4, 17)
OCTOBER = dt.date(2025, 10, 30)


def parsed_value(text: str, words: str, *, date: dt.date) -> str:
    from dateline.nlp import load_pipeline

    times = find_times(text, document_date=date, doc=load_pipeline()(text))
    return next(time_.value for time_ in times if time_.text == words)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "words", "date", "expected"),
    [
        # A cue word the time hangs on decides over the past verb.
        ("The council postponed until Tuesday any vote on the plan of Mara Quell.", "Tuesday", THURSDAY, "2025-04-22"),
        ("Dov Arlen's firm created a new board, effective Feb. 1.", "Feb. 1", OCTOBER, "2026-02-01"),
        ("Oda Brun trained hard ahead of Sunday's final.", "Sunday", THURSDAY, "2025-04-20"),
        # Fronted, it only introduces the time: the verb decides.
        ("Until Tuesday, Mara Quell had not called the police.", "Tuesday", THURSDAY, "2025-04-15"),
        # A participle takes the tense of its auxiliaries.
        ("The bonus of Pia Roe would be paid in January.", "January", OCTOBER, "2026-01"),
        ("Her hearing is scheduled for Tuesday.", "Tuesday", THURSDAY, "2025-04-22"),
        ("Tam Okoro was arrested on Tuesday.", "Tuesday", THURSDAY, "2025-04-15"),
        # Only finite auxiliaries have a tense: a present perfect is no past.
        ("Kai Brandt will sing on Saturday, and his band has been confirmed for the Friday.", "Friday", THURSDAY, "2025-04-18"),
        # An infinitive after a word of planning lies ahead, unless the planning is past.
        ("Rebels opposed the talks of Ilse Varga, set to resume Monday in Oslo.", "Monday", THURSDAY, "2025-04-21"),
        ("The offer of Ilse Varga had been due to expire Monday.", "Monday", THURSDAY, "2025-04-14"),
        # A time after the object of a word of planning dates the planned event.
        ("Fans of Noor Adeyemi planned a march in Leeds on Saturday.", "Saturday", THURSDAY, "2025-04-19"),
        ("On Saturday, fans of Noor Adeyemi planned a march.", "Saturday", THURSDAY, "2025-04-12"),
        # After a past intention ("agreed to"), the nearest date is meant, not the clause's tense.
        ("The firm of Dana Holt agreed to buy the mill in February.", "February", OCTOBER, "2026-02"),
        ("The offer of Dana Holt had been scheduled to expire at midnight Friday.", "midnight Friday", MONDAY, "2025-04-11T24:00"),
        ("Ula Berg beat her rivals to win the prize on Saturday.", "Saturday", THURSDAY, "2025-04-12"),
        # A simple present with a bare time of its own is a timetable's future; not a verb of saying.
        ("Lia Moss and her rival meet separately Monday with the mediator.", "Monday", THURSDAY, "2025-04-21"),
        ("Lia Moss says Monday that she resigned.", "Monday", THURSDAY, "2025-04-14"),
    ],
)
def test_the_parse_reads_the_tense(text: str, words: str, date: dt.date, expected: str) -> None:
    assert parsed_value(text, words, date=date) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Today, the county is home to 56,000 people.", "PRESENT_REF"),
        ("Today, the old mill is often described as a ruin.", "PRESENT_REF"),
        ("Few read poems then, and today, the right to read is equal to the right to eat.", "PRESENT_REF"),
        ("Today, the senator said she would run.", "2025-04-17"),
        ("Today, the team is playing in Leeds.", "2025-04-17"),
        ("Today, the Senate votes on the bill.", "2025-04-17"),
        ("The vote is today, and the polls close at nine.", "2025-04-17"),
        ('"Today, I\'m here to tell you we have our suspect," said Ann Ruiz.', "2025-04-17"),
        ("Today, I am here to announce my plan.", "2025-04-17"),
    ],
)
def test_today_before_a_general_present_is_nowadays(text: str, value: str) -> None:
    assert parsed_value(text, text[text.lower().index("today") :][:5], date=THURSDAY) == value



def test_a_time_before_a_report_after_a_comma_takes_the_tense_of_the_words_reported() -> None:
    # The parse as a model gave it for such a sentence: "Tuesday" hung on "said", the report after the comma.
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ["The", "vote", "is", "now", "scheduled", "for", "2:15", "p.m.", "Tuesday", ",", "Ana", "Reyes", "said", "."]
    heads = [1, 4, 4, 4, 12, 4, 7, 5, 12, 12, 11, 12, 12, 12]
    deps = ["det", "nsubjpass", "auxpass", "advmod", "ccomp", "prep", "nummod", "pobj", "npadvmod", "punct",
            "compound", "nsubj", "ROOT", "punct"]
    pos = ["DET", "NOUN", "AUX", "ADV", "VERB", "ADP", "NUM", "NOUN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]
    morphs = [""] * 14
    morphs[2], morphs[4], morphs[12] = "Tense=Pres|VerbForm=Fin", "Tense=Past|VerbForm=Part", "Tense=Past|VerbForm=Fin"
    spaces = [True] * 8 + [False] + [True] * 3 + [False, False]
    lemmas = [word.lower() for word in words]
    lemmas[2], lemmas[4], lemmas[12] = "be", "schedule", "say"
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, morphs=morphs, lemmas=lemmas)
    found = find_times(doc.text, document_date=MONDAY, doc=doc)
    assert [(t.text, t.value) for t in found][-1] == ("2:15 p.m. Tuesday", "2025-04-15T14:15")


@pytest.mark.slow
def test_a_month_of_a_narrative_in_a_will_future_counts_from_the_document_date() -> None:
    story = " ".join(f"In {year} the two rivals met again." for year in range(1960, 1972, 2))
    text = story + " And on September 26, fifty years on, we'll see what happens."
    assert parsed_value(text, "September 26", date=THURSDAY) == "2025-09-26"
    text = story + " On September 26 the rivals would meet again."
    assert parsed_value(text, "September 26", date=THURSDAY) == "1970-09-26"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # an event in a present "is" is still to come: the next such day, though a year away
        ("The memorial service for Tam Okoro is on Sept. 11.", "Sept. 11", "2026-09-11"),
        ("The vote on the plan of Mara Quell is on Friday.", "Friday", "2025-10-03"),
        ("The final debate of Dov Arlen and Ilse Varga is Oct. 28 in Leeds.", "Oct. 28", "2025-10-28"),
        # the time of a noun in the predicate, not of the subject's event: a caption of the past
        ("Two men are stand-ins during a rehearsal on Sept. 25.", "Sept. 25", "2025-09-25"),
    ],
)
def test_an_event_in_a_present_is_is_still_to_come(text: str, words: str, expected: str) -> None:
    assert parsed_value(text, words, date=dt.date(2025, 9, 30)) == expected


TUESDAY = dt.date(2025, 4, 15)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # "ahead of" after a past perfect points ahead of a past time: the nearest such day
        ("Dov Arlen, who had asked for a quiet room ahead of Monday's hearing, spoke to reporters.", "Monday", "2025-04-14"),
        ("Ula Berg had finished the book ahead of the party on April 20.", "April 20", "2025-04-20"),
        # what someone expects lies ahead, though the clause opens in the past
        ("Mara Quell previewed what she expects from her rival in Monday's debate.", "Monday", "2025-04-21"),
    ],
)
def test_a_past_perfect_or_an_expectation_sets_the_direction(text: str, words: str, expected: str) -> None:
    assert parsed_value(text, words, date=TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "start_word", "end_word", "expected"),
    [
        ("September 26\n\nWe will see what happens.", "September", "will", True),
        ("September 26\nWe will see what happens.", "26", "We", True),
        ("On September 26 we will see what happens.\n", "September", "will", False),
        # a line break right after the later word is outside the text between them
        ("On September 26 we will see\nwhat happens.", "September", "see", False),
    ],
)
def test_a_line_break_between_two_offsets_is_read_from_the_tokens(
    text: str, start_word: str, end_word: str, expected: bool
) -> None:
    import spacy

    from dateline.stages.times.tense import _spans_a_line_break

    doc = spacy.blank("en")(text)
    start, end = text.index(start_word), text.index(end_word)
    assert _spans_a_line_break(doc, start, end) == ("\n" in text[start:end]) == expected
