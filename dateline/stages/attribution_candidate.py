"""An attribution candidate, and how its cue and source spans are drawn from the parse."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.stages.attribution_rules import AttributionLexicon
from dateline.stages.quotes import Quotation
from dateline.stages.spans import CharSpan, chars, quotation_at, trimmed

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Candidate", "cue_span", "is_passive", "postposed_subject", "source_span", "subject_of"]


#: Verbs whose subject "it" is an expletive ("it seems that ...").
_EXPLETIVE_HEADS = frozenset({"seem", "appear", "emerge", "turn", "be", "understand", "report"})


_CUE_AUX = ("aux", "auxpass", "neg")


@dataclass
class Candidate:
    """One attribution before its source is resolved."""

    cue: CharSpan
    head: Token
    content: list[CharSpan]
    source: CharSpan | None = None
    source_head: Token | None = None
    hearer: CharSpan | None = None
    commitment: str | None = "stated"
    direct: bool = False
    mixed: bool = False
    crowd: bool = False
    sentence: int = 0
    #: For a learned cue, the head of its content (another cue's source or cue makes it a mere wrapper).
    content_head: Token | None = None


def cue_span(verb: Token, *, lexicon: AttributionLexicon) -> CharSpan:
    """The cue: the verb with its auxiliaries, negation and particle, an "also" just before it, the
    medium just after it ("said in a statement") and a colon that opens its content (PolNeAR's spans)."""
    doc = verb.doc
    first = verb
    for child in verb.lefts:
        if child.dep_ in _CUE_AUX and child.i >= first.i - 3:
            first = min(first, child, key=lambda t: t.i)
    if first.i > 0 and doc[first.i - 1].lower_ in lexicon.cue_adverbs and doc[first.i - 1].head.i == verb.i:
        first = doc[first.i - 1]
    last = verb
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == last.i + 1:
            last = child
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if following is not None and following.dep_ == "prep" and following.lower_ == "in":
        medium = next((c for c in following.children if c.dep_ == "pobj"), None)
        if medium is not None and medium.lemma_.lower() in lexicon.cue_media and medium.i <= following.i + 3:
            last = medium
    if last.i + 1 < len(doc) and doc[last.i + 1].text == ":":
        last = doc[last.i + 1]
    return chars(first, last)


def is_passive(verb: Token) -> bool:
    if any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children):
        return True
    # A bare past participle heading a modifier clause: "Asked whether ..., she said ...".
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(c.dep_ == "aux" for c in verb.children)


def subject_of(verb: Token, *, quotations: list[Quotation] | None = None) -> Token | None:
    """The subject of ``verb``, or of the verb it is coordinated with or subordinated to, or the noun
    it modifies ("a statement saying that ...").

    With ``quotations``, a subject inside a quotation the verb is not in is passed over: the parser
    takes '"The bullying," Ana said' for two subjects of "said".
    """
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    own = quotation_at(quotations, verb) if quotations else None
    node = verb
    for _ in range(3):
        for child in node.children:
            if child.dep_ in ("nsubj", "csubj"):
                if quotations and quotation_at(quotations, child) not in (None, own):
                    continue
                return child
            if child.dep_ == "agent":
                return next((t for t in child.children if t.dep_ == "pobj"), None)
        head = node.head
        if node.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head  # "... by saying that", "before explaining why"
        elif node.dep_ not in ("conj", "advcl", "xcomp"):
            return None
        if head.i == node.i or head.pos_ not in ("VERB", "AUX"):
            return None
        node = head
    return None


def postposed_subject(verb: Token) -> Token | None:
    """A name the parser left as the object of an inverted cue: '"...," said Richard Trumka.'"""
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "oprd") and child.pos_ == "PROPN":
            return child
    return None


_BREAKS = frozenset({",", "-", "—", "–", "--"})
_FOCUS = frozenset({"even", "only"})


def _after_left_break(doc: Doc, start: int, subject: Token) -> int:
    """Where a source starts: after a comma or spaced dash that ends a noun left of its head.

    The parser sometimes hangs the end of the previous phrase on the subject ("... in Cedar Rapids,
    Iowa, Rubio told reporters", "an old favorite - others say"); a source is only its own phrase.
    """
    for index in range(subject.i - 1, start, -1):
        token = doc[index]
        spaced = token.text == "," or doc[index - 1].whitespace_ != ""
        before = doc[index - 1].pos_
        if token.text in _BREAKS and spaced and (before in ("NOUN", "PROPN") or (before == "ADJ" and token.text != ",")):
            return index + 1
    return start


def _before_time(doc: Doc, subject: Token, start: int, end: int) -> int:
    """A source ends before a time the parser hung on it: "a report on Wednesday said"."""
    for child in subject.rights:
        target = next((t for t in child.children if t.dep_ == "pobj"), None)
        dated = child.dep_ == "prep" and target is not None and target.ent_type_ in ("DATE", "TIME")
        if dated and child.right_edge.i == end - 1 and child.i > start:
            return child.i
    return end


def source_span(doc: Doc, subject: Token, *, cue: Token | None = None) -> CharSpan | None:
    """The span of a source: its subtree, less the cue's own clause when the cue modifies it."""
    if subject.dep_ == "nsubjpass" or (subject.lower_ == "it" and subject.head.lemma_.lower() in _EXPLETIVE_HEADS):
        return None
    own = {t.i for t in cue.subtree} if cue is not None and cue.head.i == subject.i else set()
    indices = sorted(t.i for t in subject.subtree if t.i not in own and t.i < (min(own) if own else len(doc)))
    bounds = trimmed(doc, _after_left_break(doc, indices[0], subject), indices[-1] + 1)
    if bounds is None:
        return None
    start, end = bounds
    if end - start > 1 and doc[start].lower_ in _FOCUS and doc[start].dep_ == "advmod":
        start += 1  # "even some of his admirers say": the focus adverb is not part of who says it
    end = _before_time(doc, subject, start, end)
    if subject.i < subject.head.i and end < len(doc) and doc[end].text == "," and any(
        doc[i].text == "," for i in range(start, end)
    ):
        end += 1  # "Ana Reyes, a singer, said": the comma closing the apposition goes with it (PolNeAR)
    return chars(doc[start], doc[end - 1])
