"""Works listed as examples ("starred in such films as X and the war drama Y"): each item is a work,
also one named in apposition to its noun, and also when the parser hangs the last item elsewhere."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.nlp import load_pipeline
from dateline.stages.facts.slots import listed_names
from tests.builders import entity
from tests.facts_support import facts_of, people

_TITLES = ("Tin Roses", "Grey Meadow", "Lantern", "Harbour Lane")


def _found(text: str, name: str) -> list[tuple[list[str], str | None]]:
    works = [entity(text, f"W{n}", title, "WORK") for n, title in enumerate(_TITLES, start=1) if title in text]
    return sorted(facts_of(text, [*people(text, name), *works]).named("acted_in"))


def test_a_listed_work_named_in_apposition_to_its_noun_is_a_work_of_the_list() -> None:
    text = ("Mara Quill first found fame in the TV series Tin Roses and has since starred in such films as "
            "Grey Meadow and the wartime drama Lantern.")
    assert _found(text, "Mara Quill") == [
        (["Mara Quill"], "Grey Meadow"), (["Mara Quill"], "Lantern"), (["Mara Quill"], "Tin Roses")
    ]


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    """A sentence with the parse given (the parser's misreadings do not come on demand)."""
    return Doc(load_pipeline().vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_the_last_item_of_a_list_the_parser_hangs_elsewhere_is_still_listed() -> None:
    # "the war drama Lantern" parsed as the verb's object, its "and" on the verb
    doc = _parsed(
        ["Ann", "starred", "in", "such", "films", "as", "Grey", "Meadow", "and", "the", "war", "drama", "Lantern", "."],
        [1, 1, 1, 4, 2, 4, 7, 5, 1, 11, 11, 1, 11, 1],
        ["nsubj", "ROOT", "prep", "amod", "pobj", "prep", "compound", "pobj", "cc", "det", "compound", "dobj",
         "appos", "punct"],
        ["PROPN", "VERB", "ADP", "ADJ", "NOUN", "ADP", "PROPN", "PROPN", "CCONJ", "DET", "NOUN", "NOUN", "PROPN",
         "PUNCT"],
    )
    assert [token.text for token in listed_names(doc[4])] == ["Meadow", "drama"]


def test_a_clause_after_the_list_is_no_item_of_it() -> None:
    doc = _parsed(
        ["Ann", "starred", "in", "such", "films", "as", "Grey", "Meadow", "and", "critics", "loved", "it", "."],
        [1, 1, 1, 4, 2, 4, 7, 5, 1, 10, 1, 10, 1],
        ["nsubj", "ROOT", "prep", "amod", "pobj", "prep", "compound", "pobj", "cc", "nsubj", "conj", "dobj", "punct"],
        ["PROPN", "VERB", "ADP", "ADJ", "NOUN", "ADP", "PROPN", "PROPN", "CCONJ", "NOUN", "VERB", "PRON", "PUNCT"],
    )
    assert [token.text for token in listed_names(doc[4])] == ["Meadow"]
