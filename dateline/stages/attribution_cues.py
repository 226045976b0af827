"""Finding attribution candidates in a parsed document: a cue with its source and content spans.

Three kinds of cue are found:

- a cue verb from the lexicon ("said", "told", "denied") whose content is a clausal complement,
  a quotation next to it, a to-infinitive or (for some verbs) a noun-phrase object; its source is
  the subject, or the agent of a passive, or nothing ("it is understood that");
- an "according to X" phrase, whose source is X and whose content is the rest of the clause;
- a crowd-speculation phrase ("set tongues wagging"), whose source is the crowd.

Spans are character offsets; nothing here knows about entities (see attribution_sources.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.learn.cue_frames import CueFrame, frame_relations
from dateline.stages.attribution_rules import AttributionLexicon, CueVerb
from dateline.stages.quotes import Quotation

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = ["Candidate", "CharSpan", "Layout", "find_candidates", "overlaps"]

CharSpan = tuple[int, int]

#: Verbs whose subject "it" is an expletive ("it seems that ...").
_EXPLETIVE_HEADS = frozenset({"seem", "appear", "emerge", "turn", "be", "understand", "report"})
_CUE_AUX = ("aux", "auxpass", "neg")
_QUOTE_CHARS = set("\"“”„«»'‘’`")
#: Most tokens a quotation's frame ("the source said", "Ana told People") may have.
_MAX_FRAME = 30


class Layout:
    """A document's text and sentences, computed once (``Doc.text`` and ``Token.sent`` recompute them)."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc.text
        self.spans = list(doc.sents)
        self._index = [0] * len(doc)
        for number, sentence in enumerate(self.spans):
            self._index[sentence.start : sentence.end] = [number] * len(sentence)

    def number(self, token: Token) -> int:
        """The index of the sentence ``token`` is in."""
        return self._index[token.i]

    def of(self, token: Token) -> SpacySpan:
        """The sentence ``token`` is in."""
        return self.spans[self._index[token.i]]


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


def _chars(first: Token, last: Token) -> CharSpan:
    return first.idx, last.idx + len(last.text)


def _trimmed(doc: Doc, start: int, end: int, *, keep_quotes: bool = False) -> tuple[int, int] | None:
    """Token range ``[start, end)`` without outer punctuation (quote marks kept when asked)."""

    def loose(token: Token) -> bool:
        if token.is_space:
            return True
        if not token.is_punct:
            return False
        return not (keep_quotes and token.text[0] in _QUOTE_CHARS)

    while start < end and loose(doc[start]):
        start += 1
    while end > start and loose(doc[end - 1]):
        end -= 1
    return (start, end) if start < end else None


def _subtree_chars(doc: Doc, token: Token, *, quotations: list[Quotation] | None = None) -> CharSpan | None:
    """The characters of ``token``'s subtree without outer punctuation (and with whole quote marks).

    A non-projective subtree is cut at its first gap on each side, so that the span stays
    contiguous around the head.
    """
    present = {t.i for t in token.subtree}
    low = high = token.i
    while low - 1 in present:
        low -= 1
    while high + 1 in present:
        high += 1
    bounds = _trimmed(doc, low, high + 1)
    if bounds is None:
        return None
    start, end = _chars(doc[bounds[0]], doc[bounds[1] - 1])
    if quotations:
        start, end = _with_quote_marks(start, end, quotations)
    return start, end


def _with_quote_marks(start: int, end: int, quotations: list[Quotation]) -> CharSpan:
    """Widen a span to the marks of the quotations it holds but for their marks ("... “is so broad”")."""
    for quotation in quotations:
        for low, high in quotation.pieces:
            if start - 3 <= low and high <= end + 3 and low < end:
                start, end = min(start, low), max(end, high)
    return start, end


def _quotation_at(quotations: list[Quotation], token: Token) -> Quotation | None:
    position = token.idx
    for quotation in quotations:
        if quotation.start > position:
            return None
        if quotation.end > position and quotation.covers(position, position + len(token.text)):
            return quotation
    return None


def _cue_span(verb: Token, rule: CueVerb | None, *, lexicon: AttributionLexicon) -> CharSpan:
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
    return _chars(first, last)


def _is_passive(verb: Token) -> bool:
    if any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children):
        return True
    # A bare past participle heading a modifier clause: "Asked whether ..., she said ...".
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(c.dep_ == "aux" for c in verb.children)


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it is coordinated with or subordinated to, or the noun
    it modifies ("a statement saying that ...")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    node = verb
    for _ in range(3):
        for child in node.children:
            if child.dep_ in ("nsubj", "csubj"):
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


def _postposed_subject(verb: Token) -> Token | None:
    """A name the parser left as the object of an inverted cue: '"...," said Richard Trumka.'"""
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "oprd") and child.pos_ == "PROPN":
            return child
    return None


def _source_span(doc: Doc, subject: Token, *, cue: Token | None = None) -> CharSpan | None:
    """The span of a source: its subtree, less the cue's own clause when the cue modifies it."""
    if subject.dep_ == "nsubjpass" or (subject.lower_ == "it" and subject.head.lemma_.lower() in _EXPLETIVE_HEADS):
        return None
    own = {t.i for t in cue.subtree} if cue is not None and cue.head.i == subject.i else set()
    indices = sorted(t.i for t in subject.subtree if t.i not in own and t.i < (min(own) if own else len(doc)))
    bounds = _trimmed(doc, indices[0], indices[-1] + 1)
    if bounds is None:
        return None
    start, end = bounds
    if subject.i < subject.head.i and end < len(doc) and doc[end].text == "," and any(
        doc[i].text == "," for i in range(start, end)
    ):
        end += 1  # "Ana Reyes, a singer, said": the comma closing the apposition goes with it (PolNeAR)
    return _chars(doc[start], doc[end - 1])


def _hearer(verb: Token, rule: CueVerb) -> Token | None:
    if not rule.hearer:
        return None
    for child in verb.children:
        if child.dep_ in ("dative", "dobj") and child.pos_ in ("PROPN", "NOUN", "PRON", "X"):
            return child
    return None


def _paragraph(text: str, position: int) -> CharSpan:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def _frame_ok(sentence: SpacySpan, verb: Token, quotations: list[Quotation], *, paragraph: CharSpan) -> bool:
    """Whether the words of ``sentence`` (in the cue's paragraph) outside quotations are the cue's clause."""
    subtree = {t.i for t in verb.subtree}
    outside = [
        t
        for t in sentence
        if not t.is_punct
        and not t.is_space
        and paragraph[0] <= t.idx < paragraph[1]
        and _quotation_at(quotations, t) is None
    ]
    if len(outside) > _MAX_FRAME:
        return False
    return all(t.i in subtree or t.i == verb.i for t in outside)


def _adjacent_quotations(
    doc: Doc, verb: Token, quotations: list[Quotation], sentence: SpacySpan, *, text: str
) -> list[Quotation]:
    """Quotations next to the cue's clause: in its sentence, or just after a colon ending it."""
    paragraph = _paragraph(text, verb.idx)
    low, high = max(sentence.start_char, paragraph[0]), min(sentence.end_char, paragraph[1])
    inside = [q for q in quotations if q.start < high and q.end > low]
    inside = [q for q in inside if not q.covers(verb.idx, verb.idx + len(verb.text))]
    if inside and _frame_ok(sentence, verb, inside, paragraph=paragraph):
        return _next_to_frame(verb, inside, text=text, paragraph=paragraph)
    before = next(
        (q for q in quotations if q.end <= sentence.start_char and not text[q.end : sentence.start_char].strip()),
        None,
    )
    if before is not None and sentence.start_char - before.end < 3 and _frame_ok(sentence, verb, [], paragraph=paragraph):
        return [before]  # the parser ended the sentence inside the quote: '"... right?" Trump said.'
    last = sentence[-1] if sentence[-1].is_punct else None
    if last is not None and last.text == ":" and sentence.end < len(doc):
        following = [q for q in quotations if q.start >= last.idx]
        gap = text[last.idx + 1 : following[0].start] if following else "x"
        if following and gap.strip() == "" and _frame_ok(sentence, verb, [], paragraph=paragraph):
            return following[:1]
    return []


def _parenthetical_content(doc: Doc, verb: Token, quotations: list[Quotation]) -> list[CharSpan]:
    """The clause around a parenthetical cue: "The goal, he said, is peace." -> "The goal", "is peace"."""
    head = verb.head
    if verb.dep_ not in ("parataxis", "ccomp") or head.i == verb.i:
        return []
    core = [t.i for t in verb.subtree if not t.is_punct]
    before = doc[core[0] - 1] if core[0] > 0 else None
    after = doc[core[-1] + 1] if core[-1] + 1 < len(doc) else None
    if before is None or before.text != "," or (after is not None and not after.is_punct):
        return []
    own = {t.i for t in verb.subtree}
    rest = [t.i for t in head.subtree if t.i not in own and not core[0] <= t.i <= core[-1]]
    pieces: list[CharSpan] = []
    for run in _runs(rest):
        bounds = _trimmed(doc, run[0], run[-1] + 1)
        if bounds is not None:
            start, end = _chars(doc[bounds[0]], doc[bounds[1] - 1])
            pieces.append(_with_quote_marks(start, end, quotations))
    return pieces


def _runs(indices: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for index in indices:
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _colon_quotation(
    doc: Doc, verb: Token, quotations: list[Quotation], sentence: SpacySpan, *, text: str
) -> Quotation | None:
    """A quotation introduced by a colon just after the cue ("he said in a statement: '...'")."""
    for token in doc[verb.i + 1 : min(verb.i + 8, sentence.end)]:
        if token.dep_ in ("dobj", "ccomp", "xcomp") and token.head.i == verb.i:
            return None
        if token.text == ":":
            after = text[token.idx + 1 : token.idx + 10]
            start = token.idx + 1 + len(after) - len(after.lstrip())
            return next((q for q in quotations if q.start == start), None)
        if token.is_punct or _quotation_at(quotations, token) is not None:
            return None
    return None


def _with_object(doc: Doc, verb: Token, complement: Token, span: CharSpan) -> CharSpan:
    """A to-infinitive or "as" phrase content starts at the verb's object: "urged Ana to stay", "described it as"."""
    if complement.dep_ not in ("xcomp", "pobj", "prep"):
        return span
    target = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < complement.i), None)
    if target is None:
        return span
    return target.left_edge.idx, span[1]


def _before_colon(doc: Doc, span: CharSpan) -> CharSpan:
    """A content cut before a colon that opens a new sentence ("... a broader difference: When ...")."""
    inner = doc.char_span(span[0], span[1], alignment_mode="expand")
    if inner is None:
        return span
    for token in inner[:-1]:
        following = doc[token.i + 1]
        if token.text == ":" and following.text[:1].isupper() and following.i > inner.start + 2:
            bounds = _trimmed(doc, inner.start, token.i)
            if bounds is not None:
                return _chars(doc[bounds[0]], doc[bounds[1] - 1])
    return span


def _next_to_frame(
    verb: Token, quotations: list[Quotation], *, text: str, paragraph: CharSpan
) -> list[Quotation]:
    """The quotations that touch the cue's frame (its clause outside quotes), or touch one that does.

    A title or scare quote inside the frame ('asked during MSNBC's "Morning Joe" whether ...') is
    not what the source said.
    """
    frame = [
        t
        for t in verb.subtree
        if paragraph[0] <= t.idx < paragraph[1] and not t.is_punct and not t.is_space
        and _quotation_at(quotations, t) is None
    ]
    low = min(t.idx for t in frame)
    high = max(t.idx + len(t.text) for t in frame)
    kept: list[Quotation] = []
    for quotation in sorted(quotations, key=lambda q: -q.start):
        if quotation.end <= low and _only_marks(text[quotation.end : low]):
            kept.append(quotation)
            low = quotation.start
    for quotation in sorted(quotations, key=lambda q: q.start):
        if quotation.start >= high and _only_marks(text[high : quotation.start]):
            kept.append(quotation)
            high = quotation.end
    return sorted(kept, key=lambda q: q.start)


def _only_marks(gap: str) -> bool:
    return len(gap) < 40 and all(char.isspace() or char in ",:;.—–-" for char in gap)


def _within(doc: Doc, span: CharSpan, paragraph: CharSpan) -> CharSpan | None:
    """A span cut to one paragraph (a parse that runs across paragraphs drags the previous one in)."""
    if paragraph[0] <= span[0] and span[1] <= paragraph[1]:
        return span
    inner = doc.char_span(max(span[0], paragraph[0]), min(span[1], paragraph[1]), alignment_mode="contract")
    bounds = _trimmed(doc, inner.start, inner.end, keep_quotes=True) if inner is not None else None
    return _chars(doc[bounds[0]], doc[bounds[1] - 1]) if bounds is not None else None


def _paragraph_break(doc: Doc, first: Token, second: Token) -> bool:
    """Whether a line break separates two tokens (a parse across paragraphs is no clause)."""
    low, high = sorted((first.i, second.i))
    return any("\n" in token.text or "\n" in token.whitespace_ for token in doc[low:high])


def _clause_content(
    doc: Doc, verb: Token, rule: CueVerb, quotations: list[Quotation], *, paragraph: CharSpan
) -> Candidate | None:
    complement = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if complement is None and rule.infinitive:
        complement = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if complement is None and rule.content == "object" and not any(c.dep_ == "dative" for c in verb.children):
        complement = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if complement is None or _paragraph_break(doc, verb, complement):
        return None
    span = _subtree_chars(doc, complement, quotations=quotations)
    if span is not None:
        span = _within(doc, span, paragraph)
    if span is None:
        return None
    span = _before_colon(doc, _with_object(doc, verb, complement, span))
    predicate = next((c for c in verb.children if c.dep_ == "oprd"), None)
    if complement.dep_ == "dobj" and predicate is not None:
        # "called the plan a disaster": the object and what it is called make the content.
        end = _subtree_chars(doc, predicate, quotations=quotations)
        span = (span[0], end[1]) if end is not None and end[1] > span[1] else span
    elif complement.dep_ == "dobj" and rule.predicate:
        return None
    quotation = _quotation_at(quotations, complement)
    if quotation is not None and not quotation.covers(verb.idx, verb.idx + 1) and quotation.covers(*span):
        return Candidate(cue=(0, 0), head=verb, content=list(quotation.pieces), direct=True)
    if rule.quote_only:
        return None
    mixed = any(span[0] <= q.start and q.end <= span[1] for q in quotations)
    return Candidate(cue=(0, 0), head=verb, content=[span], mixed=mixed)


def _verb_candidate(
    doc: Doc,
    verb: Token,
    rule: CueVerb,
    quotations: list[Quotation],
    sentence: SpacySpan,
    *,
    text: str,
    lexicon: AttributionLexicon,
) -> Candidate | None:
    passive = _is_passive(verb)
    if rule.passive_only and not passive:
        return None
    if rule.particle and not any(c.dep_ == "prt" and c.lower_ == rule.particle for c in verb.children):
        return None
    if _quotation_at(quotations, verb) is not None and not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    introduced = None if rule.clause_only else _colon_quotation(doc, verb, quotations, sentence, text=text)
    if introduced is not None:
        candidate = Candidate(
            cue=(0, 0), head=verb, content=list(introduced.pieces), direct=True
        )
    else:
        candidate = _clause_content(doc, verb, rule, quotations, paragraph=_paragraph(text, verb.idx))
    if candidate is None and not rule.clause_only:
        adjacent = _adjacent_quotations(doc, verb, quotations, sentence, text=text)
        if adjacent:
            pieces = [piece for q in adjacent for piece in q.pieces]
            candidate = Candidate(cue=(0, 0), head=verb, content=pieces, direct=True)
        elif not rule.quote_only:
            around = _parenthetical_content(doc, verb, quotations)
            if around:
                candidate = Candidate(cue=(0, 0), head=verb, content=around)
    if candidate is None:
        return None
    candidate.cue = _cue_span(verb, rule, lexicon=lexicon)
    candidate.commitment = rule.commitment
    subject = None if passive and not any(c.dep_ == "agent" for c in verb.children) else _subject(verb)
    if subject is None and not passive and candidate.direct:
        subject = _postposed_subject(verb)
    if subject is not None:
        candidate.source = _source_span(doc, subject, cue=verb)
        candidate.source_head = subject if candidate.source else None
    hearer = _hearer(verb, rule)
    if hearer is not None:
        candidate.hearer = _subtree_chars(doc, hearer)
    if candidate.source and any(s[0] < candidate.source[1] and candidate.source[0] < s[1] for s in candidate.content):
        return None
    return candidate


def _frame_candidate(
    doc: Doc,
    verb: Token,
    frames: list[CueFrame],
    quotations: list[Quotation],
    *,
    threshold: float,
    lexicon: AttributionLexicon,
    text: str,
) -> Candidate | None:
    """A candidate from a learned frame: the most precise one whose relation the verb has."""
    offered = dict(frame_relations(verb))
    frame = next((f for f in frames if f.relation in offered and f.precision >= threshold), None)
    if frame is None or _is_passive(verb) or _quotation_at(quotations, verb) is not None:
        return None
    if verb.dep_ == "xcomp":
        return None  # "hoped to call a lawyer": an aim, not something said
    head = offered[frame.relation]
    if head.pos_ == "PRON" and head.n_lefts + head.n_rights == 0:
        return None  # "what they call ...", "referred to it": the content is elsewhere
    span = _subtree_chars(doc, head, quotations=quotations)
    if span is not None:
        span = _within(doc, span, _paragraph(text, verb.idx))
    if span is None:
        return None
    if frame.relation == "xcomp" or frame.relation == "prep:as":
        span = _with_object(doc, verb, head, span)
    quotation = _quotation_at(quotations, head)
    cue_start, cue_end = _cue_span(verb, None, lexicon=lexicon)
    preposition = head.head
    if frame.relation.startswith("prep:") and preposition.i == verb.i + 1:
        cue_end = max(cue_end, preposition.idx + len(preposition.text))
    if quotation is not None and quotation.covers(*span):
        candidate = Candidate(cue=(cue_start, cue_end), head=verb, content=list(quotation.pieces), direct=True)
    else:
        mixed = any(span[0] <= q.start and q.end <= span[1] for q in quotations)
        candidate = Candidate(cue=(cue_start, cue_end), head=verb, content=[span], mixed=mixed)
    candidate.commitment = None
    subject = _subject(verb)
    if subject is None:
        return None  # a learned frame without a source in the text is too often no attribution at all
    candidate.source = _source_span(doc, subject, cue=verb)
    candidate.source_head = subject if candidate.source else None
    if candidate.source and any(overlaps(candidate.source, piece) for piece in candidate.content):
        return None
    return candidate


def overlaps(first: CharSpan, second: CharSpan) -> bool:
    """Whether two character spans share a character."""
    return first[0] < second[1] and second[0] < first[1]


def _token_at_or_after(doc: Doc, position: int) -> int:
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    return span.start if span is not None else len(doc)


def _headline_candidates(doc: Doc, layout: Layout) -> list[Candidate]:
    """Headline attributions, a line of the form "Ana Reyes: The tour is off"."""
    found: list[Candidate] = []
    for sentence in layout.spans:
        colon = next((t for t in sentence[:6] if t.text == ":"), None)
        if colon is None or colon.i == sentence.start or colon.i + 1 >= sentence.end:
            continue
        name = doc[sentence.start : colon.i]
        line_start = layout.text.rfind("\n", 0, sentence.start_char) + 1
        if layout.text[line_start : sentence.start_char].strip() or not all(t.pos_ == "PROPN" for t in name):
            continue
        if not any(entity.label_ == "PERSON" and entity.start == name.start for entity in name.ents):
            continue
        line_end = layout.text.find("\n", colon.idx)
        end = sentence.end if line_end < 0 else min(sentence.end, _token_at_or_after(doc, line_end))
        rest = _trimmed(doc, colon.i + 1, end, keep_quotes=True)
        if rest is None or not any(t.pos_ in ("VERB", "AUX") for t in doc[rest[0] : rest[1]]):
            continue
        found.append(
            Candidate(
                cue=_chars(colon, colon),
                head=colon,
                content=[_chars(doc[rest[0]], doc[rest[1] - 1])],
                source=_chars(name[0], name[-1]),
                source_head=name.root,
            )
        )
    return found


def _according_candidates(
    doc: Doc, lexicon: AttributionLexicon, quotations: list[Quotation], layout: Layout
) -> list[Candidate]:
    found: list[Candidate] = []
    lowers = [t.lower_ for t in doc]
    for phrase in lexicon.according_to:
        size = len(phrase)
        for i in range(len(doc) - size + 1):
            if lowers[i : i + size] != phrase:
                continue
            preposition = doc[i + size - 1]
            source = next((c for c in preposition.children if c.dep_ == "pobj"), None)
            if source is None:
                continue
            phrase_tokens = {t.i for t in doc[i].subtree} | {t.i for t in source.subtree} | set(range(i, i + size))
            content = _sentence_without(doc, layout.of(doc[i]), phrase_tokens, quotations)
            if not content:
                continue
            quotation = _quotation_at(quotations, doc[i].head)
            direct = quotation is not None and not quotation.covers(doc[i].idx, doc[i].idx + 1)
            found.append(
                Candidate(
                    cue=_chars(doc[i], preposition),
                    head=doc[i],
                    content=list(quotation.pieces) if quotation is not None and direct else content,
                    source=_source_span(doc, source),
                    source_head=source,
                    # "according to Us Weekly": the source is also the outlet it was reported by.
                    hearer=_subtree_chars(doc, source) if source.pos_ == "PROPN" else None,
                    direct=direct,
                )
            )
    return found


def _sentence_without(
    doc: Doc, sentence: SpacySpan, phrase: set[int], quotations: list[Quotation]
) -> list[CharSpan]:
    """The sentence an "according to" phrase qualifies, around the phrase (one or two pieces)."""
    rest = [t.i for t in sentence if t.i not in phrase]
    pieces: list[CharSpan] = []
    for run in _runs(rest):
        bounds = _trimmed(doc, run[0], run[-1] + 1)
        if bounds is not None and any(not t.is_punct for t in doc[bounds[0] : bounds[1]]):
            start, end = _chars(doc[bounds[0]], doc[bounds[1] - 1])
            pieces.append(_with_quote_marks(start, end, quotations))
    return pieces


def _crowd_candidates(doc: Doc, lexicon: AttributionLexicon) -> list[Candidate]:
    lemmas = [t.lemma_.lower() for t in doc]
    starts: dict[str, list[int]] = {}
    for i, lemma in enumerate(lemmas):
        starts.setdefault(lemma, []).append(i)
    found: list[Candidate] = []
    taken: set[int] = set()
    for pattern in sorted(lexicon.crowd, key=lambda p: -len(p.lemmas)):
        size = len(pattern.lemmas)
        for i in starts.get(pattern.lemmas[0], []):
            if lemmas[i : i + size] != pattern.lemmas or taken.intersection(range(i, i + size)):
                continue
            taken.update(range(i, i + size))
            crowd = doc[i + pattern.source]
            first = max(crowd.left_edge.i, i)
            content = _crowd_content(doc, doc[i : i + size])
            found.append(
                Candidate(
                    cue=_chars(doc[i], doc[i + size - 1]),
                    head=doc[i],
                    content=[content] if content else [],
                    source=_chars(doc[first], crowd),
                    source_head=crowd,
                    commitment="speculated",
                    crowd=True,
                )
            )
    return found


def _crowd_content(doc: Doc, match: SpacySpan) -> CharSpan | None:
    """What the crowd speculates about, when the text says it: "rumours that ...", "rumours of ..."."""
    for token in match:
        for child in token.children:
            if child.i in range(match.start, match.end):
                continue
            if child.dep_ in ("acl", "ccomp") or (child.dep_ == "prep" and child.lower_ in ("of", "about")):
                return _subtree_chars(doc, child)
    return None


def find_candidates(
    doc: Doc,
    *,
    quotations: list[Quotation],
    lexicon: AttributionLexicon,
    layout: Layout,
    frames: dict[str, list[CueFrame]],
    frame_threshold: float = 0.5,
) -> list[Candidate]:
    """Every attribution candidate of ``doc``, in text order of their cues.

    Verbs of the hand lexicon follow its rules; other verbs are cues when a learned frame
    (``frames``, by lemma) at least ``frame_threshold`` precise matches one of their dependents.
    """
    found: list[Candidate] = []
    for token in doc:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        lemma = token.lemma_.lower()
        rule = lexicon.cue_verbs.get(lemma)
        candidate = None
        if rule is not None:
            candidate = _verb_candidate(
                doc, token, rule, quotations, layout.of(token), text=layout.text, lexicon=lexicon
            )
        if candidate is None and lemma in frames:
            candidate = _frame_candidate(
                doc, token, frames[lemma], quotations, threshold=frame_threshold, lexicon=lexicon, text=layout.text
            )
        if candidate is not None:
            found.append(candidate)
    found.extend(_according_candidates(doc, lexicon, quotations, layout))
    found.extend(_headline_candidates(doc, layout))
    found.extend(_crowd_candidates(doc, lexicon))
    for candidate in found:
        candidate.sentence = layout.number(candidate.head)
    found.sort(key=lambda c: c.cue)
    return found
