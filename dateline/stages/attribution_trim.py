"""Sources and contents cut around other attributions.

Rules from the PolNeAR guidelines, applied once all candidates of a document are known:

- a source never holds another attribution: "Weaver, who said business executives ..., said
  ..." has the source "Weaver", and the relative clause is an attribution of its own;
- a content stops before a clause that is coordinated with it or modifies it and is another
  attribution with a source of its own and a lexicon cue: in "the president made a good case,
  while other voters said they had heard nothing", what the first source said ends at "case".
  A learned cue (a wish, a plan, an action: "she said she asked for the interview because she
  wanted ...") cuts nothing: PolNeAR keeps such clauses in the content and leaves the attribution
  in them unannotated (on train, cutting before them cost 0.27 points of relation F1); nor does a
  noun cue ("Trump's suggestion that ..."), which sits in a phrase of the content, not a clause;
- a cue the source adds as a second act, which the parser hung on the content, ends the content
  and takes the source: "[Ana] said [she was tired], adding that ...", "[Ana] said [X] and
  added that ..." (`split_speaker_participles`);
- "when in doubt, leave it out": a reported content ends before a relative clause set off by a
  comma at its end ("Ana backed the plan, which passed in May"), most often the author's aside
  (on PolNeAR train the gold leaves 95 of 147 such clauses out).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from dateline.stages.attribution_candidate import Candidate
from dateline.stages.spans import CharSpan, chars, trimmed

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["split_speaker_participles", "trim_around_others", "trim_asides"]

#: Relations by which a clause hangs off a source without being part of what identifies it.
_SOURCE_CLAUSES = frozenset({"relcl", "acl", "advcl", "appos", "conj"})
#: Relative pronouns that open an aside after a comma (", which ...", ", who ...").
_ASIDE_PRONOUNS = frozenset({"which", "who", "whose"})
#: Relations by which a clause joins a content without being part of what was said.
_CONTENT_CLAUSES = frozenset({"advcl", "conj"})
#: Tags of a finite verb.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _inside(position: int, span: CharSpan) -> bool:
    return span[0] <= position < span[1]


def _clause_under(token: Token, root: Token, relations: frozenset[str]) -> Token | None:
    """The highest clause (a dependent by one of ``relations``) below ``root`` that governs ``token``."""
    clause = None
    node = token
    while node.i != root.i:
        if node.head.i == node.i:
            return None  # ``token`` is not in ``root``'s subtree
        if node.dep_ in relations:
            clause = node
        node = node.head
    return clause


def _cut_before(doc: Doc, span: CharSpan, clause: Token) -> CharSpan | None:
    """``span`` ended before ``clause`` (and the punctuation and conjunction before it)."""
    first = clause.left_edge
    begin = doc.char_span(span[0], first.idx, alignment_mode="contract")
    if begin is None or len(begin) == 0:
        return None
    end = begin.end
    while end > begin.start and (doc[end - 1].is_punct or doc[end - 1].pos_ in ("CCONJ", "SCONJ") or doc[end - 1].is_space):
        end -= 1
    bounds = trimmed(doc, begin.start, end, keep_quotes=True)
    return chars(doc[bounds[0]], doc[bounds[1] - 1]) if bounds is not None else None


def _trim_source(doc: Doc, candidate: Candidate, other: Candidate) -> None:
    if candidate.source is None or candidate.source_head is None or not _inside(other.head.idx, candidate.source):
        return
    clause = _clause_under(other.head, candidate.source_head, _SOURCE_CLAUSES)
    if clause is not None and clause.dep_ == "appos":
        # The apposition says who the source is ("said [Ana Reyes, a singer] who said ..."): cut
        # only the clause inside it that holds the other attribution.
        clause = _clause_under(other.head, clause, _SOURCE_CLAUSES) or clause
    if clause is None or clause.left_edge.i <= candidate.source_head.i:
        return
    cut = _cut_before(doc, candidate.source, clause)
    if cut is not None:
        candidate.source = cut


def _content_root(doc: Doc, piece: CharSpan) -> Token | None:
    span = doc.char_span(piece[0], piece[1], alignment_mode="expand")
    return span.root if span is not None else None


def _trim_content(doc: Doc, candidate: Candidate, other: Candidate) -> None:
    if candidate.direct or other.source is None or other.commitment is None or other.head.pos_ == "NOUN":
        return
    for number, piece in enumerate(candidate.content):
        if not (_inside(other.head.idx, piece) and _inside(other.source[0], piece)):
            continue
        root = _content_root(doc, piece)
        clause = _clause_under(other.head, root, _CONTENT_CLAUSES) if root is not None else None
        if root is None or clause is None or clause.left_edge.idx <= root.idx or clause.left_edge.idx > other.source[0]:
            continue
        cut = _cut_before(doc, piece, clause)
        if cut is not None:
            candidate.content[number] = cut


class _Words:
    """Candidates by the position of their word: those whose word lies in given spans, in list order.

    A pass over all pairs of candidates is quadratic in a long document; a candidate's spans only
    matter to the few candidates whose word is inside them.
    """

    def __init__(self, candidates: list[Candidate]) -> None:
        self._candidates = candidates
        self._heads = sorted((candidate.head.idx, number) for number, candidate in enumerate(candidates))
        self._positions = [position for position, _ in self._heads]

    def within(self, spans: list[CharSpan]) -> list[Candidate]:
        found = {
            self._heads[k][1]
            for low, high in spans
            for k in range(bisect_left(self._positions, low), bisect_left(self._positions, high))
        }
        return [self._candidates[number] for number in sorted(found)]


def trim_around_others(doc: Doc, candidates: list[Candidate]) -> None:
    """Cut each candidate's source and content around the other candidates (see the module docstring).

    Only a candidate whose word is in the source or a piece of the content cuts them (and cuts only
    shorten them), so only those are looked at.
    """
    words = _Words(candidates)
    for candidate in candidates:
        spans = candidate.content if candidate.source is None else [candidate.source, *candidate.content]
        for other in words.within(spans):
            if other is candidate or other.crowd:
                continue
            _trim_source(doc, candidate, other)
            _trim_content(doc, candidate, other)


def _second_cue(doc: Doc, outer: Candidate, verb: Token) -> bool:
    """Whether ``verb``, a lexicon cue with no subject of its own, reads as a second act of ``outer``'s
    source: a participle after a comma (", adding that ..."), or a verb in the tense of ``outer``'s
    cue coordinated with its content ("said [X] and said that ...", "says [X] and calls her ...")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    first = verb.left_edge
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return first.i > 0 and doc[first.i - 1].text == ","
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE:
        return False
    # A verb with its own tense is not joined to a bare one ("won't vote for X and dismissed ..."):
    # it goes with the cue, whatever tense the cue is in.
    return verb.tag_ == outer.head.tag_ or verb.head.tag_ == "VB"


def _other_tense(verb: Token, root: Token) -> bool:
    """Whether ``verb``, finite and coordinated with the content's clause, cannot be that clause's second
    verb, its form being another than the clause verb's: "fear that [the party has missed its chance]
    and warn that ...", "said [the firm had lied] and insisted ..." (not "said [Reid quieted the
    chatter] and told ...", whose two verbs may share Reid)."""
    return verb.dep_ == "conj" and verb.head.i == root.i and verb.tag_ in _FINITE and verb.tag_ != root.tag_


def _speaker_participle(doc: Doc, outer: Candidate, inner: Candidate) -> tuple[int, Token] | None:
    """The piece of ``outer``'s content and the cue ``inner`` it runs over that the parser hung on the
    content's clause but that ``outer``'s source says (`_second_cue`)."""
    verb = inner.head
    if outer.direct or outer.source is None or outer.commitment is None or inner.commitment is None:
        return None
    if not _second_cue(doc, outer, verb):
        return None
    first = verb.left_edge
    for number, piece in enumerate(outer.content):
        if not _inside(verb.idx, piece):
            continue
        root = _content_root(doc, piece)
        if root is None or first.idx <= root.idx or _clause_under(verb, root, _CONTENT_CLAUSES) is not verb:
            continue
        # A content whose clause names someone else leaves the participle to them: "said [Reid quieted
        # the chatter], telling his colleagues ..."; a pronoun is mostly the source itself.
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ == "PRON" or _other_tense(verb, root):
            return number, verb
    return None


def split_speaker_participles(doc: Doc, candidates: list[Candidate]) -> None:
    """End a content before a participle cue that its source adds after a comma, and give it that
    source: "[Ana] said [the tour went well], adding that ...", "argued [that ...], saying ...".

    The parser hangs the participle on the content's verb, which leaves it nested and without the
    speaker; PolNeAR annotates it as the speaker's own attribution.
    """
    words = _Words(candidates)
    for outer in candidates:
        for inner in words.within(outer.content):  # a participle inside the content: cuts only shorten it
            found = _speaker_participle(doc, outer, inner) if inner is not outer else None
            if found is None or outer.source is None:
                continue
            number, verb = found
            cut = _cut_before(doc, outer.content[number], verb)
            if cut is None:
                continue
            outer.content[number] = cut
            inner.source, inner.source_head = outer.source, outer.source_head


def _aside(doc: Doc, piece: CharSpan) -> Token | None:
    """The relative clause set off by a comma that ends ``piece``, if any."""
    span = doc.char_span(piece[0], piece[1], alignment_mode="expand")
    if span is None:
        return None
    last = span.end - 1
    while last > span.start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    for token in span:
        first = token.left_edge
        if token.dep_ != "relcl" or first.lower_ not in _ASIDE_PRONOUNS or first.i <= span.start + 1:
            continue
        if doc[first.i - 1].text == "," and token.right_edge.i >= last and token.head.i < first.i:
            return token
    return None


def trim_asides(doc: Doc, candidates: list[Candidate], *, quotations: list[CharSpan]) -> None:
    """End each reported content before a relative clause that is an aside (see the module docstring).

    A clause holding a quotation is kept: the quoted words are the source's.
    """
    for candidate in candidates:
        if candidate.direct:
            continue
        for number, piece in enumerate(candidate.content):
            clause = _aside(doc, piece)
            if clause is None:
                continue
            start, end = clause.left_edge.idx, piece[1]
            if any(start < high and low < end for low, high in quotations):
                continue
            cut = _cut_before(doc, piece, clause)
            if cut is not None:
                candidate.content[number] = cut
