"""Who asserts a fact and how: the attribution whose content holds it, and the clause's factuality.

The polarity and certainty come from the attribution stage's factuality function
(:func:`dateline.stages.factuality.assess`), given the attribution the clause is reported in so
that the cue's commitment ("denied", "speculated") is folded in; a trigger's own hedge ("tipped")
can only lower the certainty further.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Attribution, Certainty, Factuality

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["containing_attribution", "factuality_of"]

_RANK: dict[Certainty, int] = {"certain": 2, "probable": 1, "possible": 0}


def containing_attribution(token: Token, attributions: list[Attribution]) -> Attribution | None:
    """The innermost attribution whose content holds ``token``, if any."""
    best: Attribution | None = None
    best_size = 0
    for attribution in attributions:
        for span in attribution.content:
            if span.start <= token.idx < span.end and (best is None or span.end - span.start < best_size):
                best, best_size = attribution, span.end - span.start
    return best


def factuality_of(head: Token, *, attribution: Attribution | None, certainty: Certainty) -> Factuality:
    """The factuality of the clause headed by ``head``, no more certain than ``certainty``."""
    try:
        from dateline.stages.factuality import assess
    except ImportError:  # until the attribution stage's factuality function is merged
        factuality = attribution.factuality.model_copy() if attribution else Factuality()
    else:
        factuality = assess(head, attribution=attribution)
    if _RANK[certainty] < _RANK[factuality.certainty]:
        factuality.certainty = certainty
    return factuality
