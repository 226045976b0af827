"""The source of a participle cue on a document someone put out: the one who put it out.

In "[The label] issued a statement saying that ..." or "[Ana's campaign] sent out a press release
saying ...", the parse makes the document the subject of "saying"; PolNeAR takes the sentient
source and draws the cue from the verb that puts the document out: "issued a statement saying".
The documents are ``wrapper_media`` in attribution.yaml. When the cue model already took the verb
as a cue carrying the participle, ``attribution._merge_wrappers`` has done the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.attribution_candidate import Candidate, cue_span, source_span, subject_of
from dateline.stages.attribution_rules import AttributionLexicon
from dateline.stages.spans import overlaps

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["with_media_senders"]


def _putting_out(word: Token, *, media: frozenset[str]) -> Token | None:
    """The verb whose object is the document ``word`` (a participle) describes: "issued [a
    statement] saying", or None."""
    document = word.head
    if word.dep_ != "acl" or word.tag_ != "VBG" or document.lemma_.lower() not in media:
        return None
    verb = document.head
    if document.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or verb.i > document.i:
        return None
    return verb


def with_media_senders(doc: Doc, candidates: list[Candidate], *, lexicon: AttributionLexicon) -> None:
    """Give a participle cue on a document the sender as source and the sending verb in its cue."""
    for candidate in candidates:
        verb = _putting_out(candidate.head, media=lexicon.wrapper_media)
        sender = subject_of(verb) if verb is not None else None
        if verb is None or sender is None:
            continue
        span = source_span(doc, sender, cue=verb)
        if span is None or any(overlaps(span, piece) for piece in candidate.content):
            continue
        candidate.source, candidate.source_head = span, sender
        start = cue_span(verb, lexicon=lexicon)[0]
        # The cue starts after its source even where the parse hangs a word of it on the verb.
        candidate.cue = (start if start >= span[1] else verb.idx, candidate.cue[1])
