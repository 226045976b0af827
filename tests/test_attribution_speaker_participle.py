"""A participle cue after a comma, or a cue in the same tense coordinated, that the parser hung on
another cue's content ends that content and has its source: "[Ana] said [she was tired], adding
that ...", "[Ana] said [she was tired] and added that ..."; not when the content names someone
else, who may be the one speaking ("said [Reid quieted the room], telling them ...")."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.nlp import load_pipeline
from dateline.stages.attribution_candidate import Candidate
from dateline.stages.attribution_trim import split_speaker_participles

# "adding" hangs on "was", the content's verb, as the parser hangs such participles in long sentences.
_WORDS = ["Ana", "said", "she", "was", "tired", ",", "adding", "that", "it", "rained", "."]
_HEADS = [1, 1, 3, 1, 3, 3, 3, 9, 9, 6, 1]
_DEPS = ["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct", "advcl", "mark", "nsubj", "ccomp", "punct"]
_TAGS = ["NNP", "VBD", "PRP", "VBD", "JJ", ",", "VBG", "IN", "PRP", "VBD", "."]
_POS = ["PROPN", "VERB", "PRON", "AUX", "ADJ", "PUNCT", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"]


def _doc(subject: str, pos: str) -> Doc:
    words = [_WORDS[0], _WORDS[1], subject, *_WORDS[3:]]
    spaces = [True] * 4 + [False, True, True, True, True, False, False]
    doc = Doc(load_pipeline().vocab, words=words, spaces=spaces, heads=_HEADS, deps=_DEPS, tags=_TAGS)
    for token, tag in zip(doc, [*_POS[:2], pos, *_POS[3:]], strict=True):
        token.pos_ = tag
    return doc


def _split(doc: Doc) -> tuple[Candidate, Candidate]:
    def span(start: int, end: int) -> tuple[int, int]:
        return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])

    said = Candidate(cue=span(1, 2), head=doc[1], content=[span(2, 10)], source=span(0, 1), source_head=doc[0])
    adding = Candidate(cue=span(6, 7), head=doc[6], content=[span(7, 10)], source=span(2, 3), source_head=doc[2])
    split_speaker_participles(doc, [said, adding])
    return said, adding


def test_a_participle_the_source_adds() -> None:
    doc = _doc("she", "PRON")
    said, adding = _split(doc)
    assert [doc.text[start:end] for start, end in said.content] == ["she was tired"]
    assert adding.source is not None and doc.text[adding.source[0] : adding.source[1]] == "Ana"


def test_a_participle_after_someone_else() -> None:
    doc = _doc("Reid", "PROPN")
    said, adding = _split(doc)
    assert [doc.text[start:end] for start, end in said.content] == ["Reid was tired, adding that it rained"]
    assert adding.source is not None and doc.text[adding.source[0] : adding.source[1]] == "Reid"


def test_a_cue_coordinated_in_the_same_tense() -> None:
    words = ["Ana", "said", "she", "was", "tired", "and", "added", "that", "it", "rained", "."]
    heads = [1, 1, 3, 1, 3, 3, 3, 9, 9, 6, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "cc", "conj", "mark", "nsubj", "ccomp", "punct"]
    tags = ["NNP", "VBD", "PRP", "VBD", "JJ", "CC", "VBD", "IN", "PRP", "VBD", "."]
    spaces = [True] * 10 + [False]
    spaces[9] = False
    doc = Doc(load_pipeline().vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags)
    for token, pos in zip(doc, [*_POS[:5], "CCONJ", *_POS[6:]], strict=True):
        token.pos_ = pos
    said, added = _split(doc)
    assert [doc.text[start:end] for start, end in said.content] == ["she was tired"]
    assert added.source is not None and doc.text[added.source[0] : added.source[1]] == "Ana"


def test_a_tensed_cue_the_parser_joined_to_a_bare_verb(attributions) -> None:  # type: ignore[no-untyped-def]
    # "dismissed" cannot be joined to "sign" after "won't": it is Ana's second act, in another tense than "says".
    found = attributions("Ana Reyes says she won't sign the deal and dismissed the rumours of a split as nonsense.")
    roles = {(a.cue.text if a.cue else None): (a.source.text if a.source else None, [c.text for c in a.content]) for a in found}
    assert roles["says"] == ("Ana Reyes", ["she won't sign the deal"])
    assert roles["dismissed"][0] == "Ana Reyes"
