"""What the stages read once and keep gives the same answers as reading it anew each time."""

from __future__ import annotations

from dateline.stages.cue_options import CueWord, content_options, option_features
from dateline.stages.entities.discourse import Discourse


def test_quote_extents_give_each_quotes_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp('Mira Tal said: "We will win." Later, Jon Pike said: "We lost." The race ended.')
    discourse = Discourse(doc)
    for number in (0, 1):
        inside = [i for i, quote in enumerate(discourse.quote_of) if quote == number]
        assert discourse._quote_extents[number] == (inside[0], inside[-1])
    assert discourse.speakers(7, frozenset({"say"})) == set()  # no such quotation


def test_cue_word_read_once_gives_the_same_features(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The minister has not denied that the plan failed, and she urged the board to wait.")
    checked = 0
    for token in doc:
        word = CueWord.of(token)
        for relation, head in content_options(token):
            for quoted in (False, True):
                expected = option_features(token, relation, head, quoted=quoted)
                assert option_features(token, relation, head, quoted=quoted, word=word) == expected
                checked += 1
    assert checked >= 4
