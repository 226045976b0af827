"""Hearsay sources: an attribution to unnamed reports or rumours ("according to reports", "media reports
say") is hedged as "reportedly" and "rumoured" are, not stated as fact (``hearsay_sources`` in
attribution.yaml)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.attribution_rules import AttributionLexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import AttributionSource

__all__ = ["hearsay_commitment"]


def hearsay_commitment(
    commitment: str | None, head: Token | None, source: AttributionSource | None, *, lexicon: AttributionLexicon
) -> str | None:
    """The commitment of an attribution whose source is unnamed hearsay: a bare plural of
    ``hearsay_sources`` ("reports", "local reports", "media reports in both countries"), with no
    determiner, possessive, entity, outlet or name in it, whose cue only states ("according to",
    "said"); a named or particular report ("the FEC reports", "reports in The Sun") is a source like
    any other, and a cue of its own class ("reports denied") keeps it."""
    if commitment != "stated" or head is None or source is None or not source.anonymous:
        return commitment
    if source.entity is not None or source.outlet is not None or head.tag_ != "NNS":
        return commitment
    if any(child.dep_ in ("det", "poss") for child in head.children):
        return commitment
    if any(token.pos_ == "PROPN" for token in head.subtree):
        return commitment
    return lexicon.hearsay_sources.get(head.lemma_.lower(), commitment)
