"""A cue between a quote that ends on a comma and the rest of its clause: '"Only the ferry," Ana
said, "is ever late."', 'The fares, "which rose twice," he said, stay high.'"""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_a_clause_that_goes_on_after_the_cue(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("“Only the old ferry,” Mara Lindqvist said, would ever leave the harbour that late."))
    assert ("Mara Lindqvist", "said", ["“Only the old ferry,”", "would ever leave the harbour that late"]) in found


def test_a_whole_quote_keeps_what_follows_the_cue_out() -> None:
    # The parse of a PolNeAR sentence that the parser gets wrong the same way: "cut" hung on the
    # quote's verb, not on "said".
    from spacy.tokens import Doc

    from dateline.nlp import load_pipeline
    from dateline.stages.attribution_content import parenthetical_content
    from dateline.stages.quotes import find_quotations

    words = ["“", "Call", "her", "now", ",", "”", "Ebeling", "said", ",", "and", "Tom", "cut", "in", "."]
    heads = [1, 1, 1, 1, 1, 1, 7, 1, 7, 1, 11, 1, 11, 1]
    deps = ["punct", "ROOT", "dobj", "advmod", "punct", "punct", "nsubj", "parataxis", "punct", "cc", "nsubj", "conj", "prt", "punct"]
    spaces = [False, True, True, False, False, True, True, False, True, True, True, True, False, False]
    doc = Doc(load_pipeline().vocab, words=words, spaces=spaces, heads=heads, deps=deps)
    pieces = parenthetical_content(doc, doc[7], find_quotations(doc.text))
    assert [doc.text[start:end] for start, end in pieces] == ["“Call her now,”"]
