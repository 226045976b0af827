"""Any verb that opens a quotation with a colon: "[Ana] retorted: [“...”]", "[the mayor] gloated: [“...”]".

The lexicon's verbs take a quotation after a colon in their own rules (attribution_content.py);
news introduces quotations with many other verbs of manner ("boomed", "demurred", "echoed"), and
the colon with the quotation right after it says as much as the verb. The verb must have a subject
of its own (not a pronoun such as "what"), be finite or a participle (a bare infinitive is mostly a
misparsed name: "a message to Trump:"), active, outside a quotation and the head of a main,
coordinated or adverbial clause, and be followed by the colon at once (or by its particle or
adverb: "fired back:"), so that a clause that only ends on a colon ("he listed the qualities
needed in 2016: ...") is none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.attribution_candidate import Candidate, cue_span, is_passive, source_span
from dateline.stages.attribution_rules import AttributionLexicon
from dateline.stages.quotes import Quotation
from dateline.stages.spans import CharSpan, Layout, SpanIndex, quotation_at, quotation_starting_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["colon_quote_candidates"]

#: Where such a verb heads its clause: not a relative clause ("the headline, which hits liberals
#: where they live: '...'" describes the quotation), nor a word the parser took for a noun's
#: ("the e-mail reads:" as the object of "of").
_CLAUSES = frozenset({"ROOT", "conj", "ccomp", "parataxis", "advcl"})

#: The tags of the particle or adverbs that may come between the verb and its colon ("fired back:").
_AFTER_VERB = frozenset({"RP", "RB", "RBR"})


def _colon_after(verb: Token) -> Token | None:
    """The colon right after the verb, or after its particle or adverbs."""
    doc = verb.doc
    index = verb.i + 1
    while index < len(doc) and doc[index].head.i == verb.i and doc[index].tag_ in _AFTER_VERB:
        index += 1
    return doc[index] if index < len(doc) and doc[index].text == ":" else None


def _own_subject(verb: Token) -> Token | None:
    """The verb's own subject, or that of the verb it is coordinated with ("Ana leaned in and boomed:"),
    but not one it shares with a verb it hangs on otherwise ("Ana said of winning: '...'" is said,
    not won)."""
    own = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if own is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return next((c for c in verb.head.lefts if c.dep_ == "nsubj"), None)
    return own


def _opened(colon: Token, quotations: list[Quotation], text: str) -> Quotation | None:
    """The quotation that opens right after ``colon`` (past spaces)."""
    after = text[colon.idx + 1 : colon.idx + 10]
    start = colon.idx + 1 + len(after) - len(after.lstrip())
    return quotation_starting_at(quotations, start)


def _verb_before(colon: Token) -> Token | None:
    """The verb whose colon ``colon`` is (see :func:`_colon_after`)."""
    if colon.i == 0:
        return None
    word = colon.doc[colon.i - 1]
    verb = word.head if word.tag_ in _AFTER_VERB and word.head.i < word.i else word
    after = _colon_after(verb) if verb.pos_ == "VERB" else None
    return verb if after is not None and after.i == colon.i else None


def colon_quote_candidates(
    doc: Doc, lexicon: AttributionLexicon, quotations: list[Quotation], *, layout: Layout, cues: list[CharSpan]
) -> list[Candidate]:
    """A verb with a subject followed at once by a colon and a quotation: the verb (with the colon) is
    the cue, the quotation the content; not a verb inside ``cues`` (the other candidates')."""
    found: list[Candidate] = []
    taken = SpanIndex(cues)
    for index in (i for i, lower in enumerate(layout.lowers) if lower == ":"):
        colon = doc[index]
        verb = _verb_before(colon)
        if verb is None or verb.tag_ == "VB" or verb.dep_ not in _CLAUSES or is_passive(verb):
            continue
        if quotation_at(quotations, verb) is not None:
            continue
        quotation = _opened(colon, quotations, layout.text)
        subject = _own_subject(verb) if quotation is not None else None
        if quotation is None or subject is None or subject.tag_ in ("WP", "WDT"):
            continue  # "what happened: '...'"
        cue = cue_span(verb, lexicon=lexicon)
        source = source_span(doc, subject, cue=verb)
        if source is None or taken.overlaps(cue):
            continue
        found.append(
            Candidate(cue=cue, head=verb, content=list(quotation.pieces), source=source, source_head=subject, direct=True)
        )
    return found
