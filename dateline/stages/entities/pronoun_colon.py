"""A quotation a colon introduces is spoken by the subject of the clause the colon closes.

'Reagan had a quip for the ages: "I will not make age an issue"': no verb of saying names the speaker,
and a journalist who "asked" something earlier in the sentence was taken for the one whose "I" this is.
When a colon and a quotation mark open the quotation, the person who is the subject of the verb the colon
hangs from says it, speech verb or not ("Ann Lee had one answer:", "Ann Lee told them:").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateline.stages.entities.discourse import Discourse

__all__ = ["colon_speaker"]

_COLONS = frozenset({":"})


def colon_speaker(discourse: Discourse, quote: int) -> int | None:
    """The one person who is the subject of the clause a colon right before quotation ``quote`` closes."""
    extent = discourse.quote_extent(quote)
    if extent is None or extent[0] < 2 or discourse.texts[extent[0] - 2] not in _COLONS:
        return None
    verb = discourse.doc[extent[0] - 2].head
    found = {
        number
        for child in verb.children
        if child.dep_ == "nsubj"
        for word in child.subtree
        for number in discourse.clusters_at(word.i)
        if discourse.clusters[number].type == "PERSON" and discourse.quote_of[word.i] < 0
    }
    return next(iter(found)) if len(found) == 1 else None
