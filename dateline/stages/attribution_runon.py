"""Contents the parse cut short: a reported content that ends inside a quotation it opened.

The parse often ends a clause at a comma, a colon or a full stop inside quoted words ('she said
the plan was "a start, and we will see more"'; 'said that "we are ready. It is time."'), so the
content stops in the middle of the quotation. The quoted words are the source's to their closing
mark, and PolNeAR draws the content that far.
"""

from __future__ import annotations

from dateline.stages.attribution_candidate import Candidate
from dateline.stages.quotes import Quotation
from dateline.stages.spans import CharSpan

__all__ = ["run_on_into_quotations"]


def _cut_quotation(piece: CharSpan, quotations: list[Quotation]) -> Quotation | None:
    """The quotation opened inside ``piece`` and still open at its end."""
    start, end = piece
    return next((q for q in quotations if start <= q.start < end < q.end and not q.covers(start, end)), None)


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
