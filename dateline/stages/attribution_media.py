"""The source of a participle cue on a document someone put out: the one who put it out.

In "[The label] issued a statement saying that ..." or "[Ana's campaign] sent out a press release
saying ...", the parse makes the document the subject of "saying"; PolNeAR takes the sentient
source and draws the cue from the verb that puts the document out: "issued a statement saying".
The documents are ``wrapper_media`` in attribution.yaml. When the cue model already took the verb
as a cue carrying the participle, ``attribution._merge_wrappers`` has done the same.

A participle on an occasion of speaking (``occasion_nouns``: "[Sanders] started the debate saying
...", "[he] spent much of his speech praising ...") has the one who speaks there for source, the
occasion's possessor when it is named ("[Clinton]'s speech denouncing ..."), else the subject of
the verb the occasion hangs from (or, without one, the possessive pronoun); its cue
stays the participle, as PolNeAR mostly draws it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.attribution_candidate import Candidate, cue_span, source_span, subject_of
from dateline.stages.attribution_rules import AttributionLexicon
from dateline.stages.spans import overlaps

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["with_media_senders", "with_occasion_speakers"]


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


def _occasion_speaker(word: Token, *, occasions: frozenset[str]) -> Token | None:
    """The one speaking at the occasion a participle cue describes ("[Ana] opened the rally
    blasting ...", "[Ana's] speech praising ..."), or None."""
    occasion = word.head
    if word.dep_ != "acl" or word.tag_ != "VBG" or occasion.lemma_.lower() not in occasions:
        return None
    possessor = next((c for c in occasion.children if c.dep_ == "poss"), None)
    if possessor is not None and possessor.pos_ != "PRON":
        return possessor  # "[Trump] will follow [Clinton]'s speech denouncing ...": hers
    governor = occasion
    for _ in range(3):  # up through "much of [his speech]", "at [the debate]" to the verb
        if governor.dep_ not in ("dobj", "pobj", "prep") or governor.head.i == governor.i:
            break
        governor = governor.head
        if governor.pos_ in ("VERB", "AUX"):
            subject = subject_of(governor)
            if subject is not None and subject.i < occasion.i:
                return subject
            break
    return possessor


def with_occasion_speakers(doc: Doc, candidates: list[Candidate], *, lexicon: AttributionLexicon) -> None:
    """Give a participle cue on an occasion of speaking the speaker as source, not the occasion."""
    for candidate in candidates:
        speaker = _occasion_speaker(candidate.head, occasions=lexicon.occasion_nouns)
        span = source_span(doc, speaker, cue=candidate.head) if speaker is not None else None
        if speaker is None or span is None or any(overlaps(span, piece) for piece in candidate.content):
            continue
        if overlaps(span, candidate.cue):
            continue
        candidate.source, candidate.source_head = span, speaker
