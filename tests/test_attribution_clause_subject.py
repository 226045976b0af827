"""A reported clause (or the sentence before) that the parser hung on the cue's subject: the source is
the noun phrase right before the cue ("Ana has not married Tom Kell, her publicist said")."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_a_denial_whose_verb_the_parser_made_an_adjective(attributions) -> None:  # type: ignore[no-untyped-def]
    # "married" is parsed as an adjective of "footballer", "Idris Kell" as the subject of "said" and
    # "her publicist" as its apposition: there was no attribution at all.
    found = attributions("Mara Quill has not married footballer Idris Kell, her publicist said on Monday.")
    assert all_roles(found) == [("her publicist", "said", ["Mara Quill has not married footballer Idris Kell"])]
    assert found[0].factuality.polarity == "negative"


def test_the_same_clause_beside_a_second_subject(attributions) -> None:  # type: ignore[no-untyped-def]
    found = attributions("Pop singer Tova Brandt has not married footballer Idris Kell, her publicist told reporters.")
    assert all_roles(found) == [
        ("her publicist", "told", ["Pop singer Tova Brandt has not married footballer Idris Kell"])
    ]
    assert found[0].factuality.polarity == "negative"


def test_an_apposition_of_the_speaker_stays_with_the_speaker(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Ana Reyes, who has not sung there, said the tour was off."))
    assert found == [("Ana Reyes, who has not sung there,", "said", ["the tour was off"])]


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]):  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    from dateline.nlp import load_pipeline

    spaces = [index + 1 < len(words) and words[index + 1] not in (",", ".") for index in range(len(words))]
    return Doc(load_pipeline().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


def test_a_fronted_phrase_holding_a_clause_is_no_part_of_the_source() -> None:
    # A PolNeAR parse: "hosts" taken for a verb, subject of "stated", with the speaker its apposition.
    from dateline.stages.attribution_candidate import source_span

    words = ["In", "a", "chat", "with", "show", "hosts", "Ben", "Kell", ",", "the", "singer", "stated", "that", "it", "ended", "."]
    heads = [5, 2, 0, 2, 5, 11, 7, 5, 7, 10, 7, 11, 14, 14, 11, 11]
    deps = ["prep", "det", "pobj", "prep", "compound", "nsubj", "compound", "nsubj", "punct", "det", "appos", "ROOT", "mark", "nsubj", "ccomp", "punct"]
    pos = ["ADP", "DET", "NOUN", "ADP", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    span = source_span(doc, doc[5], cue=doc[11])
    assert span is not None and doc.text[span[0] : span[1]] == "the singer"


def test_the_sentence_before_run_into_the_cue_is_no_subject() -> None:
    # A PolNeAR parse: the sentence before is not split off, its last name a first subject of "said".
    from dateline.stages.attribution_candidate import subject_of

    words = ["The", "pick", "is", "Kell", ".", "Ida", "Tovey", ",", "a", "nurse", ",", "said", "it", "ended", "."]
    heads = [1, 2, 3, 11, 3, 6, 11, 6, 9, 6, 6, 11, 13, 11, 11]
    deps = ["det", "nsubj", "aux", "nsubj", "punct", "compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["DET", "NOUN", "AUX", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PRON", "VERB", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    subject = subject_of(doc[11])
    assert subject is not None and subject.text == "Tovey"


def test_a_dateline_before_a_dash_is_no_part_of_the_source(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("OSLO, Norway - Sen. Ana Reyes said on Monday that the tour was off."))
    assert found == [("Sen. Ana Reyes", "said", ["that the tour was off"])]
    found = all_roles(attributions("Dec 29 (Reuters) - Democratic candidate Ana Reyes on Tuesday said that the plan failed."))
    assert found == [("Democratic candidate Ana Reyes", "said", ["that the plan failed"])]


def test_an_apposition_between_dashes_stays(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Ana Reyes — a teacher from Leeds — said the school would close."))
    assert found == [("Ana Reyes — a teacher from Leeds —", "said", ["the school would close"])]
