"""The attribution stage: quotes, reported speech and 'according to', with source, cue and content.

The steps: find the quotations (quotes.py), find cue candidates on the parse with their source
and content spans (attribution_cues.py), attach quotations that follow an attribution without a
cue of their own ("..." the source said. "..."), mark nested attributions, resolve each source
(attribution_sources.py) and assess the factuality of each content (factuality.py).

Crowd speculation ("set tongues wagging", "fans speculate") comes out as an attribution too: its
source is the crowd word, anonymous and ``crowd``; its commitment is ``speculated`` and so its
certainty ``possible``; its content is what is speculated about when the text says it, else empty.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right, insort
from typing import TYPE_CHECKING

from dateline.learn.cue_frames import CueFrame, cue_frames
from dateline.learn.cue_model import CueModel, cue_model
from dateline.model import Attribution, Entity, Span
from dateline.stages.attribution_candidate import Candidate, stray_clause
from dateline.stages.attribution_content import title_in_frame
from dateline.stages.attribution_control import with_caused_speakers
from dateline.stages.attribution_cues import find_candidates
from dateline.stages.attribution_hearsay import hearsay_commitment
from dateline.stages.attribution_media import with_media_senders, with_occasion_speakers
from dateline.stages.attribution_misparsed import with_misparsed_subjects
from dateline.stages.attribution_object_subject import with_object_subjects
from dateline.stages.attribution_roles import name_role_sources
from dateline.stages.attribution_rules import attribution_lexicon
from dateline.stages.attribution_runon import run_on_into_quotations, with_coordinated_complements
from dateline.stages.attribution_sources import SourceResolver
from dateline.stages.attribution_trim import split_speaker_participles, trim_around_others, trim_asides
from dateline.stages.factuality import announced_infinitive, assess, cue_factuality
from dateline.stages.quotes import Quotation, find_quotations
from dateline.stages.spans import (
    CharSpan,
    Layout,
    SpanIndex,
    overlaps,
    paragraph_of,
    quotation_covering,
    within,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["attribution_at", "find_attributions"]


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(low <= span[0] and span[1] <= high for low, high in spans)


def _titles(entities: list[Entity], *, text: str, types: frozenset[str]) -> list[tuple[int, int]]:
    """Where running text names a work: a capitalised cue word there belongs to the title ("the
    quiz They Think It's All Over"). Not a headline, all of whose line is capitalised ("Ana's Claim
    That ... Isn't True"), nor a lower-case cue the tagger took into a title ("Ana told The Post")."""
    names = [(m.start, m.end) for e in entities if e.type in types for m in e.mentions if m.kind == "name"]
    return [(start, end) for start, end in names if _in_running_text(text, start, end)]


def _in_running_text(text: str, start: int, end: int) -> bool:
    """Whether the line holding ``text[start:end]`` has a lower-case word outside it."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    rest = text[line_start:start] + " " + text[end : line_end if line_end >= 0 else len(text)]
    return any(word[0].islower() for word in rest.split() if word[0].isalpha())


class _Kept:
    """The candidates kept so far, in the order they were kept, looked up by where their cue starts
    and by their content (a document with thousands of cues is not scanned whole for each one)."""

    def __init__(self) -> None:
        self.candidates: list[Candidate] = []
        self._count = 0
        self._serials: dict[int, int] = {}  # id(candidate) -> when it was kept
        self._by_serial: dict[int, Candidate] = {}
        self._cue_starts: list[tuple[int, int]] = []  # (cue start, serial), sorted
        self._longest_cue = 0
        self._direct: dict[tuple[CharSpan, ...], list[int]] = {}  # content -> serials of direct ones

    def append(self, candidate: Candidate) -> None:
        serial, self._count = self._count, self._count + 1
        self.candidates.append(candidate)
        self._serials[id(candidate)], self._by_serial[serial] = serial, candidate
        insort(self._cue_starts, (candidate.cue[0], serial))
        self._longest_cue = max(self._longest_cue, candidate.cue[1] - candidate.cue[0])
        if candidate.direct:
            self._direct.setdefault(tuple(candidate.content), []).append(serial)

    def remove(self, candidate: Candidate) -> None:
        """Drop ``candidate`` (as ``list.remove`` would: the first one equal to it)."""
        removed = self.candidates.pop(self.candidates.index(candidate))
        serial = self._serials.pop(id(removed))
        del self._by_serial[serial]
        self._cue_starts.pop(bisect_left(self._cue_starts, (removed.cue[0], serial)))
        if removed.direct:
            self._direct[tuple(removed.content)].remove(serial)

    def starting_in(self, low: int, high: int) -> list[Candidate]:
        """The kept candidates whose cue starts in ``[low, high)``, in the order they were kept."""
        first, last = bisect_left(self._cue_starts, (low, -1)), bisect_left(self._cue_starts, (high, -1))
        return [self._by_serial[serial] for serial in sorted(serial for _, serial in self._cue_starts[first:last])]

    def overlapping(self, cue: CharSpan) -> bool:
        # A cue that overlaps ``cue`` starts less than the longest cue's length before its start.
        return any(overlaps(cue, other.cue) for other in self.starting_in(cue[0] - self._longest_cue + 1, cue[1]))

    def direct_with(self, content: list[CharSpan]) -> Candidate | None:
        """The first kept direct candidate with this content."""
        serials = self._direct.get(tuple(content))
        return self._by_serial[serials[0]] if serials else None


def _deduplicated(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per cue, and one cue per quotation: the cue closest to it wins."""
    kept = _Kept()
    for candidate in candidates:
        inner = kept.starting_in(candidate.cue[0], candidate.cue[1] + 1)  # those it may complete
        completed = next((o for o in inner if _completes(candidate, o)), None)
        if completed is not None and _shares_content(candidate, completed):
            kept.remove(completed)
        elif completed is not None:
            candidate.cue = (candidate.head.head.nbor().idx, candidate.cue[1])  # the verb says something else
        if kept.overlapping(candidate.cue):
            continue
        rival = kept.direct_with(candidate.content) if candidate.direct else None
        if rival is not None:
            if _distance(candidate) >= _distance(rival):
                continue
            kept.remove(rival)
        kept.append(candidate)
    return kept.candidates


def _completes(candidate: Candidate, other: Candidate) -> bool:
    """Whether ``candidate``'s cue takes in ``other``'s word, which it completes through a preposition
    or as an adjective's complement: "[Ana] continued by saying ...", "[Ana] was quick to point out
    ..." are one cue each, not "continued" or "was quick" with a content of their own."""
    word = candidate.head
    # The adjective a cue completes ("was quick [to point out]"), or the verb before "by" or "in".
    completed = word.dep_ == "xcomp" and word.head.pos_ == "ADJ"
    governor = word.head.head if word.dep_ == "pcomp" else word.head if completed else None
    inside = candidate.cue[0] <= other.cue[0] and other.cue[1] <= candidate.cue[1]
    return governor is not None and governor.i == other.head.i and inside and candidate.cue != other.cue


def _shares_content(candidate: Candidate, other: Candidate) -> bool:
    return any(overlaps(piece, mine) for piece in other.content for mine in candidate.content)


def _carried(candidate: Candidate, candidates: list[Candidate]) -> Candidate | None:
    """The attribution a learned cue only carries: its content is that one's source ("issued [a
    statement] saying"), or its content is that one's cue and its word that one's source ("a
    [statement] [saying]")."""
    head = candidate.content_head
    if head is None:
        return None
    for other in candidates:
        if other is candidate or other.source_head is None or other.content_head is not None:
            continue
        if other.source_head.i == head.i or (other.head.i == head.i and other.source_head.i == candidate.head.i):
            return other
    return None


def _merge_wrappers(candidates: list[Candidate]) -> list[Candidate]:
    """Fold a learned cue that only carries another attribution into it.

    In "The label issued a statement saying that ...", "issued" and "statement" carry the "saying"
    attribution: PolNeAR's reading, with the sentient source, is source "The label", cue "issued a
    statement saying".
    """
    kept: list[Candidate] = []
    pairs = [(candidate, _carried(candidate, candidates)) for candidate in candidates]
    for candidate, carried in pairs:
        if carried is None:
            kept.append(candidate)
            continue
        word = candidate.head
        verb = word.head if word.dep_ == "dobj" and word.head.i < word.i else word
        if candidate.source is not None and verb.idx < carried.cue[0]:
            carried.cue = (min(verb.idx, candidate.cue[0]), carried.cue[1])
            carried.source, carried.source_head = candidate.source, candidate.source_head
    return kept


def _cut_to_paragraph(doc: Doc, candidate: Candidate, text: str) -> bool:
    """Reported speech stays within its cue's paragraph (quotes may run on; parses across paragraphs
    do not): a source or content the parser ran into the paragraph before ("7:40 p.m.", a headline,
    a caption with no full stop) is cut to the cue's, and the candidate dropped if nothing is left."""
    if candidate.direct:
        return True
    paragraph = paragraph_of(text, candidate.cue[0])
    if candidate.cue[1] > paragraph[1]:
        return False
    if candidate.source is not None:
        source = within(doc, candidate.source, paragraph) if overlaps(candidate.source, paragraph) else None
        if source is None:
            return False
        candidate.source = source
    if not candidate.content:
        return True  # crowd speculation about nothing the text says
    pieces = [within(doc, piece, paragraph) if overlaps(piece, paragraph) else None for piece in candidate.content]
    candidate.content = [piece for piece in pieces if piece is not None]
    return bool(candidate.content)


#: What may stand before an inverted source in its cue: auxiliaries, negation, adverbs.
_INVERTED = frozenset({"aux", "auxpass", "neg", "advmod"})


def _cue_after_inverted_source(doc: Doc, candidate: Candidate) -> None:
    """A cue whose auxiliary stands before its source ("Do [you] think", "nor did [he] report")
    starts after the source: PolNeAR leaves the inverted auxiliary out (on train, in all 13 such
    cues that match a gold one)."""
    source, cue = candidate.source, candidate.cue
    if source is None or not (cue[0] < source[0] and source[1] < cue[1]):
        return
    before = doc.char_span(cue[0], source[0], alignment_mode="contract")
    if before is None or any(token.dep_ not in _INVERTED for token in before):
        return  # "set [tongues] wagging": the crowd word is part of its phrase
    after = doc.char_span(source[1], cue[1], alignment_mode="contract")
    if after is not None and len(after) > 0:
        candidate.cue = (after[0].idx, cue[1])


def _distance(candidate: Candidate) -> int:
    """Characters between the content and the nearest end of the cue's clause (its source and cue)."""
    start, end = candidate.content[0][0], candidate.content[-1][1]
    frame = [candidate.cue] + ([candidate.source] if candidate.source is not None else [])
    return min(max(low - end, start - high, 0) for low, high in frame)


def _extent(candidate: Candidate) -> int:
    ends = [candidate.cue[1], *(end for _, end in candidate.content)]
    if candidate.source is not None:
        ends.append(candidate.source[1])
    return max(ends)


def _continue_quotes(candidates: list[Candidate], quotations: list[Quotation], layout: Layout) -> None:
    """Give a quotation with no cue of its own to the attribution it follows straight after.

    News style leaves a quote that follows a reported statement to the same speaker:
    'Trump is a "change agent," Cole said. "That's what people want."'
    """
    claimed = SpanIndex([piece for c in candidates for piece in c.content])
    # A learned cue ("..., he said, referring to the resorts.") does not take the quotes that follow,
    # nor a question whose asker is unnamed ("when asked about it"): what follows is the answer.
    speakers = sorted(
        (
            c
            for c in candidates
            if not c.crowd and c.content and (c.commitment is not None or c.direct) and not _unnamed_question(c)
        ),
        key=_extent,
    )
    # A quotation given to a speaker ends before the next quotation starts, so that the extents
    # taken here tell the speakers before each quotation throughout.
    extents = [_extent(c) for c in speakers]
    in_sentence: dict[int, list[Candidate]] = {}
    for speaker in speakers:
        in_sentence.setdefault(speaker.sentence, []).append(speaker)
    for quotation in quotations:
        if claimed.holds((quotation.start, quotation.end)):
            continue
        before = bisect_right(extents, quotation.start)
        if not before:
            continue
        last = speakers[before - 1]
        previous = _resumed_speaker(last, in_sentence[last.sentence], at=quotation.start, layout=layout)
        if title_in_frame(previous.head.doc, previous.head, quotation):
            continue  # 'Ana told NBC's “Today.”': the programme she spoke on
        if _on_a_later_line(layout.text, _extent(previous), quotation.start):
            continue  # a phrase quoted inside a later line, which the parser ran into the cue's sentence
        # The rest of the cue's sentence is the quote's frame ("... he said at a rally in Ohio.").
        gap = layout.text[max(_extent(previous), layout.spans[previous.sentence].end_char) : quotation.start]
        if gap.strip(" \n.,;") == "" and gap.count("\n") <= 2:
            previous.content.extend(quotation.pieces)
            previous.mixed = previous.mixed or not previous.direct
            claimed.extend(quotation.pieces)


def _on_a_later_line(text: str, end: int, position: int) -> bool:
    """Whether ``position`` is inside a line that starts after ``end``, after words of that line."""
    line = text.rfind("\n", 0, position) + 1
    return line > end and any(character.isalnum() for character in text[line:position])


def _resumed_speaker(previous: Candidate, speakers: list[Candidate], *, at: int, layout: Layout) -> Candidate:
    """Who goes on speaking in a quotation at ``at`` after ``previous``'s sentence (``speakers``: those
    of its sentence).

    In '"...," she said, adding that the tour went well. "..."' the "adding" clause is said in
    passing, under the cue of the quotation before it, and the quotation after the sentence resumes
    that one (so too "said Ana, who noted that ...", "told the AP after hinting that ..."). A
    quotation within the sentence stays with the aside: it is part of what that clause says.
    """
    if previous.direct or at < layout.spans[previous.sentence].end_char:
        return previous
    ancestors = {token.i for token in previous.head.ancestors}
    # A cue with no source nested in a speaker's reported clause ("Ana said it was hard to say
    # how ...") leaves the quotation after it to that speaker.
    unsourced = previous.source is None
    governing = [
        c
        for c in speakers
        if (c.direct or (unsourced and c.source is not None)) and c.head.i in ancestors and c.sentence == previous.sentence
    ]
    return max(governing, key=lambda c: c.head.i, default=previous)


def _unnamed_question(candidate: Candidate) -> bool:
    return candidate.commitment == "asked" and candidate.source is None


def _kind(candidate: Candidate) -> str:
    if candidate.direct:
        return "direct"
    return "mixed" if candidate.mixed else "indirect"


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _build(doc: Doc, candidate: Candidate, *, number: int, resolver: SourceResolver, layout: Layout) -> Attribution:
    text = layout.text
    source = resolver.resolve(candidate)
    commitment = hearsay_commitment(candidate.commitment, candidate.source_head, source, lexicon=attribution_lexicon())
    attribution = Attribution(
        id=f"A{number}",
        kind=_kind(candidate),  # type: ignore[arg-type]
        source=source,
        cue=_span(text, *candidate.cue),
        content=[_span(text, start, end) for start, end in candidate.content],
        factuality=cue_factuality(candidate.head, commitment=commitment, cue=_span(text, *candidate.cue)),
    )
    clause = _content_head(doc, candidate, layout)
    if clause is not None:
        attribution.factuality = assess(clause, attribution=attribution)
    return attribution


def _content_head(doc: Doc, candidate: Candidate, layout: Layout) -> Token | None:
    """The word heading the content: the clause a parenthetical cue sits in, else the first piece's root."""
    if not candidate.content:
        return None
    governor = candidate.head.head
    if candidate.head.dep_ in ("parataxis", "ccomp") and any(
        start <= governor.idx < end for start, end in candidate.content
    ):
        return governor
    start, end = candidate.content[0]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    first = _first_sentence(span, layout)
    root = first.root
    if root.pos_ in ("NOUN", "PROPN"):
        # A clause the parser hid in a noun phrase: "Ana has not [married] footballer Tom Kell".
        root = stray_clause(doc, first.start, first.end) or root
    # "We're going to [open] those laws": the opening is what is said, and it is only announced.
    return _object_infinitive(candidate.head, root, candidate.content) or announced_infinitive(root) or root


def _first_sentence(span: SpacySpan, layout: Layout) -> SpacySpan:
    """The part of ``span`` in its first sentence: a quotation of several sentences is read at its first
    (the root spaCy gives the whole span may be a later sentence's: "I'll tell you: ... He doesn't know")."""
    end = layout.of(span[0]).end
    return span if span.end <= end else span.doc[span.start : end]


def _object_infinitive(cue: Token, root: Token, content: list[CharSpan]) -> Token | None:
    """The to-infinitive that says what the cue's object is to do, which heads the content: "urged [the
    council to resign]" is about the resigning, not the council; so too in the passive, whose subject is
    the first piece: "[Fans] were urged [to stay calm]"."""
    if root.head.i != cue.i or root.dep_ not in ("dobj", "nsubjpass"):
        return None
    return next(
        (
            child
            for child in cue.rights
            if child.dep_ in ("xcomp", "advcl")
            and any(start <= child.idx < end for start, end in content)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ),
        None,
    )


def _within_own_quotation(candidates: list[Candidate], quotations: list[Quotation]) -> list[Candidate]:
    """A cue inside a quotation speaks only within it: its content is clipped to that quotation."""
    kept: list[Candidate] = []
    for candidate in candidates:
        around = quotation_covering(quotations, *candidate.cue)
        if around is not None:
            clipped = [
                (max(start, low), min(end, high))
                for start, end in candidate.content
                for low, high in around.pieces
                if start < high and low < end
            ]
            if not clipped and candidate.content:
                continue
            candidate.content = clipped
        kept.append(candidate)
    return kept


def _encloses(outer: Attribution, inner: Attribution) -> bool:
    """Whether ``inner``'s cue lies in ``outer``'s content and not the other way round."""
    if outer is inner or inner.cue is None or outer.cue is None:
        return False
    contents = {id(a): [(s.start, s.end) for s in a.content] for a in (outer, inner)}
    inside = _inside((inner.cue.start, inner.cue.end), contents[id(outer)])
    return inside and not _inside((outer.cue.start, outer.cue.end), contents[id(inner)])


def _parents(attributions: list[Attribution]) -> None:
    pieces = sorted((s.start, s.end, number) for number, a in enumerate(attributions) for s in a.content)
    starts = [start for start, _, _ in pieces]
    longest = max((end - start for start, end, _ in pieces), default=0)
    for attribution in attributions:
        if attribution.cue is None:
            continue
        # Only a content piece that starts within the longest piece's length before the cue can hold it.
        low, high = bisect_left(starts, attribution.cue.end - longest), bisect_right(starts, attribution.cue.start)
        holders = sorted({pieces[k][2] for k in range(low, high)})  # in the list's order, for ties
        enclosing = [attributions[n] for n in holders if _encloses(attributions[n], attribution)]
        if enclosing:
            # The innermost enclosing attribution is the one with the shortest content.
            attribution.parent = min(enclosing, key=lambda o: sum(s.end - s.start for s in o.content)).id


@functools.lru_cache(maxsize=1)
def _frames() -> dict[str, list[CueFrame]]:
    return cue_frames().by_lemma()


def _model() -> CueModel:
    return cue_model()


def find_attributions(doc: Doc, *, entities: list[Entity], text: str | None = None) -> list[Attribution]:
    """Find every attribution in ``doc`` and resolve its source against ``entities``; ``text`` is the text
    the caller parsed, if it has it (else it is read off the doc, which takes longer).

    Nested attributions ("a source told People that Ana said ...") point at the enclosing one
    through ``parent``. Sources get a ``ref`` shared by all attributions from the same source.
    """
    lexicon = attribution_lexicon()
    layout = Layout(doc, text)
    quotations = find_quotations(layout.text)
    found = find_candidates(doc, quotations=quotations, lexicon=lexicon, layout=layout, frames=_frames(), model=_model())
    found = [c for c in found if _cut_to_paragraph(doc, c, layout.text) and not any(overlaps(c.cue, p) for p in c.content)]
    titles = _titles(entities, text=layout.text, types=lexicon.title_entity_types)
    found = [c for c in found if not (_inside(c.cue, titles) and layout.text[c.cue[0]].isupper())]
    for candidate in found:
        _cue_after_inverted_source(doc, candidate)
    found = _merge_wrappers(found)
    candidates = _within_own_quotation(_deduplicated(found), quotations)
    with_misparsed_subjects(doc, candidates, quotations=quotations)
    with_object_subjects(doc, candidates)
    with_media_senders(doc, candidates, lexicon=lexicon)
    with_occasion_speakers(doc, candidates, lexicon=lexicon)
    trim_around_others(doc, candidates)
    split_speaker_participles(doc, candidates)
    trim_asides(doc, candidates, quotations=[(q.start, q.end) for q in quotations])
    with_coordinated_complements(doc, candidates, marks=lexicon.coordinated_complement_marks)
    run_on_into_quotations(candidates, quotations=quotations)
    with_caused_speakers(doc, candidates, causatives=lexicon.causative_verbs)
    _continue_quotes(candidates, quotations, layout)
    resolver = SourceResolver.for_document(
        doc,
        text=layout.text,
        sentences=[(sentence.start_char, sentence.end_char) for sentence in layout.spans],
        entities=entities,
        lexicon=lexicon,
    )
    attributions = [
        _build(doc, candidate, number=number, resolver=resolver, layout=layout)
        for number, candidate in enumerate(candidates, start=1)
    ]
    _parents(attributions)
    name_role_sources(attributions, doc, entities, lexicon.named_roles)
    _quoted_speakers(attributions, words=lexicon.quoted_speaker_words)
    return attributions


def _quoted_speakers(attributions: list[Attribution], *, words: frozenset[str]) -> None:
    """An unresolved "I" inside a quotation is the quotation's speaker: it takes that source's entity, or
    with no entity its ``ref`` ('"I can say it was Ana," this person told me': the unnamed speaker, not the
    author's own "I" elsewhere in the article)."""
    by_id = {attribution.id: attribution for attribution in attributions}
    for attribution in attributions:
        source, parent = attribution.source, by_id.get(attribution.parent or "")
        if source is None or source.entity or source.text.lower() not in words or parent is None:
            continue
        speaker = parent.source
        if parent.kind in ("direct", "mixed") and speaker is not None:
            source.entity, source.ref, source.anonymous = speaker.entity, speaker.ref, speaker.anonymous


def attribution_at(start: int, end: int, attributions: list[Attribution]) -> Attribution | None:
    """The innermost attribution whose content holds ``[start, end)``, if any.

    What the facts stage passes to :func:`dateline.stages.factuality.assess` for a clause, and whose
    id it puts in ``asserted_by``. A learned cue without a source ("[the tour] is expected [to start
    in May]", "it seems that ...") asserts nothing on anyone's behalf: the author says it, hedged,
    and :func:`~dateline.stages.factuality.assess` reads the hedge from the clause itself.
    """
    holding = [
        a
        for a in attributions
        if (a.source is not None or a.factuality.commitment is not None)
        and _inside((start, end), [(s.start, s.end) for s in a.content])
    ]
    innermost = min(holding, key=lambda a: sum(s.end - s.start for s in a.content), default=None)
    return _hearsay_holder(innermost, holding) or innermost


def _hearsay_holder(innermost: Attribution | None, holding: list[Attribution]) -> Attribution | None:
    """The unnamed reports a learned cue is nested in: "[Mendes has agreed [to join Porto]], according
    to reports" says the joining as hearsay, as "Mendes has reportedly agreed to join" does; the learned
    cue (an act or attitude, no statement) would read it as certain."""
    if innermost is None or innermost.parent is None or innermost.factuality.commitment is not None:
        return None
    hearsay = set(attribution_lexicon().hearsay_sources.values())
    return next((a for a in holding if a.id == innermost.parent and a.factuality.commitment in hearsay), None)
