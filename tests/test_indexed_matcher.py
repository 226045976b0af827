"""IndexedMatcher gives what one spaCy Matcher with the same patterns gives, in the same order."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from dateline.components.indexed_matcher import IndexedMatcher

TEXT = (
    "The film Silver Harbour opened. Critics praised the film, the studio said, and the band's album "
    "Low Tide, the group's second album, is number one. Ana's role in the movie was small; "
    "Ana Reyes has become the most talked-about star in films such as Harbour and Low Tide. "
    "5ive, who are back, told People they were thrilled. The film"
)

PATTERNS = {
    "literal word": [{"LOWER": "film"}],
    "listed word with a second condition": [{"LOWER": {"IN": ["band", "group"]}, "POS": "NOUN"}],
    "listed words in a row": [{"LOWER": {"IN": ["role", "part"]}}, {"LOWER": "in"}],
    "optional last token": [{"LOWER": "number"}, {"LOWER": "one"}, {"LOWER": "hit", "OP": "?"}],
    "a repeat in the middle": [
        {"ORTH": ","}, {"LOWER": {"IN": ["the", "a"]}}, {"POS": {"IN": ["ADJ", "NOUN", "PROPN", "PART"]}, "OP": "{0,3}"},
        {"LOWER": "album"},
    ],
    "anchored on the second token": [{"POS": "PROPN"}, {"ORTH": {"IN": ["'s", "’s"]}}],
    "verbatim text": [{"TEXT": "People"}],
    "optional first token": [{"ORTH": ",", "OP": "?"}, {"LOWER": "who"}],
    "regular expression": [{"TEXT": {"REGEX": "^[0-9A-Za-z]*[0-9][0-9A-Za-z]*$"}}],
    "unbounded repeat": [{"LOWER": "has"}, {"IS_ASCII": True, "OP": "+"}, {"LOWER": "star"}],
    "a match at the very end": [{"LOWER": "the"}, {"LOWER": "film"}],
}


@pytest.fixture(scope="module")
def doc(nlp):  # type: ignore[no-untyped-def]
    return nlp(TEXT)


def _both(nlp, patterns):  # type: ignore[no-untyped-def]
    spacy_matcher, indexed = Matcher(nlp.vocab), IndexedMatcher(nlp.vocab)
    for number, pattern in enumerate(patterns):
        spacy_matcher.add(str(number), [pattern])
        assert indexed.add(pattern) == number
    return spacy_matcher, indexed


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_each_pattern_matches_as_spacy_does(nlp, doc, name) -> None:  # type: ignore[no-untyped-def]
    spacy_matcher, indexed = _both(nlp, [PATTERNS[name]])
    expected = [(0, start, end) for _, start, end in spacy_matcher(doc)]
    assert expected, f"the text should hold a match of {name!r}"
    assert indexed(doc) == expected


def test_all_patterns_together_match_in_spacys_order(nlp, doc) -> None:  # type: ignore[no-untyped-def]
    spacy_matcher, indexed = _both(nlp, list(PATTERNS.values()))
    strings = nlp.vocab.strings
    assert indexed(doc) == [(int(strings[key]), start, end) for key, start, end in spacy_matcher(doc)]


def test_a_word_that_starts_no_match_gives_none(nlp) -> None:  # type: ignore[no-untyped-def]
    _, indexed = _both(nlp, [PATTERNS["listed words in a row"]])
    assert indexed(nlp("She took part and played a role.")) == []


def test_listed_outlets_are_entities_whatever_their_words(nlp) -> None:  # type: ignore[no-untyped-def]
    # the entity ruler's phrases are matched by their words' texts ("E! News" is three tokens)
    doc = nlp("Ana Reyes told E! News and The Hollywood Reporter that she was moving.")
    assert {(ent.text, ent.label_) for ent in doc.ents} >= {("E! News", "ORG"), ("The Hollywood Reporter", "ORG")}
