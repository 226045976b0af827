"""Contents the parse cut short: a reported content that ends inside a quotation it opened, or
before a second complement coordinated with it ("said [X and that Y]").

The parse often ends a clause at a comma, a colon or a full stop inside quoted words ('she said
the plan was "a start, and we will see more"'; 'said that "we are ready. It is time."'), so the
content stops in the middle of the quotation. The quoted words are the source's to their closing
mark, and PolNeAR draws the content that far. And it hangs a second complement ("... and that she
thinks it would pass") on the cue verb, or the trim cuts it as the attribution of its own verb;
its complementizer shows it is still what the source said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.attribution_candidate import Candidate
from dateline.stages.quotes import Quotation
from dateline.stages.spans import CharSpan, quotations_starting_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["run_on_into_quotations", "with_coordinated_complements"]


def _cut_quotation(piece: CharSpan, quotations: list[Quotation]) -> Quotation | None:
    """The quotation opened inside ``piece`` and still open at its end."""
    start, end = piece
    opened = quotations_starting_in(quotations, start, end)
    return next((q for q in opened if end < q.end and not q.covers(start, end)), None)


def _frame(candidate: Candidate) -> list[CharSpan]:
    return [candidate.cue] + ([candidate.source] if candidate.source is not None else [])


def run_on_into_quotations(candidates: list[Candidate], *, quotations: list[Quotation]) -> None:
    """Run each reported content that ends inside a quotation it opened on to the quotation's end.

    Not past the candidate's own cue or source, nor into another candidate's content or cue: those
    words are not what this source said.
    """
    for candidate in candidates:
        if candidate.direct or not candidate.content:
            continue
        last = candidate.content[-1]
        quotation = _cut_quotation(last, quotations)
        piece = next((p for p in quotation.pieces if p[0] <= last[1] <= p[1]), None) if quotation else None
        if quotation is None or piece is None:
            continue
        # A cue inside the quotation speaks within it (nested); any other one bounds this content.
        others = [
            span
            for other in candidates
            if other is not candidate and not quotation.covers(*other.cue)
            for span in (other.cue, *other.content)
        ]
        if any(last[1] < high and low < quotation.end for low, high in _frame(candidate) + others):
            continue
        candidate.content[-1] = (last[0], piece[1])
        candidate.content.extend(p for p in quotation.pieces if p[0] > piece[0])
        candidate.mixed = True


def _second_complement(doc: Doc, end: int, *, marks: frozenset[str]) -> Token | None:
    """The clause coordinated right after a content ending at ``end`` and opened by one of ``marks``
    ("... and that she thinks it would pass"), or None."""
    last = doc.char_span(end - 1, end, alignment_mode="expand")
    if last is None:
        return None
    position = last.end
    while position < len(doc) and (doc[position].is_punct or doc[position].is_space) and doc[position].text != ".":
        position += 1
    if position + 1 >= len(doc) or doc[position].dep_ != "cc":
        return None
    mark = doc[position + 1]
    # "that" as the subject ("and that has been ...") or a demonstrative opens no complement.
    if mark.lower_ not in marks or mark.dep_ not in ("mark", "advmod"):
        return None
    clause = doc[position + 1].head
    return clause if clause.dep_ == "conj" and clause.left_edge.i == position + 1 else None


def with_coordinated_complements(doc: Doc, candidates: list[Candidate], *, marks: frozenset[str]) -> None:
    """Run each reported content on over a second complement coordinated with it ("said [she would
    run and that she thinks it would pass]"), whether the parser hung it on the cue verb or the
    trim cut it as the attribution of its own verb: its complementizer shows it is still reported.

    Only a clause coordinated with the cue verb or with a word of the content, in the same sentence,
    and not for a cue nested in another content.
    """
    for candidate in candidates:
        if candidate.direct or not candidate.content or candidate.content[-1][0] < candidate.cue[1]:
            continue
        last = candidate.content[-1]
        clause = _second_complement(doc, last[1], marks=marks)
        if clause is None or clause.sent.start != candidate.head.sent.start:
            continue
        governor = clause.head
        if governor.i != candidate.head.i and not last[0] <= governor.idx < last[1]:
            continue
        # A cue inside another content ("Ana said [Tobias wanted X, but that ...]") leaves a second
        # complement to the outer cue.
        if any(low <= candidate.cue[0] < high for other in candidates if other is not candidate for low, high in other.content):
            continue
        end = clause.right_edge
        while end.i > clause.i and (end.is_punct or end.is_space):
            end = end.nbor(-1)
        candidate.content[-1] = (last[0], end.idx + len(end.text))
