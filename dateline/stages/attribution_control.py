"""The source of a cue that completes a causative verb: the verb's object, not its subject.

In "[the delay] led [some fans] to wonder whether ..." or "[the vote] left [many voters] saying
...", the ones who wonder or say are the object of "led" and "left"; the parser gives the cue no
subject of its own, and the climb of :func:`~dateline.stages.attribution_candidate.subject_of`
finds the causative verb's subject, which caused the saying and did not say anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.attribution_candidate import Candidate, source_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["with_caused_speakers"]

#: Relations by which a to-infinitive or participle completes the causative verb.
_COMPLETIONS = frozenset({"xcomp", "advcl", "ccomp", "oprd"})


def _caused_speaker(verb: Token, *, causatives: frozenset[str]) -> Token | None:
    """The object of the causative verb that ``verb`` completes ("led [fans] to wonder"), or None."""
    governor = verb.head
    if verb.dep_ not in _COMPLETIONS or governor.i > verb.i or governor.lemma_.lower() not in causatives:
        return None
    if any(child.dep_ in ("nsubj", "nsubjpass", "mark") for child in verb.children):
        return None  # a clause of its own: "left the stage as she said ..."
    infinitive = verb.tag_ == "VB" and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
    if not (infinitive or verb.tag_ == "VBG"):
        return None
    speaker = next((child for child in governor.children if child.dep_ == "dobj" and child.i < verb.i), None)
    # Right after the object: after a comma, a participle describes the subject ("left the stage,
    # saying ...").
    first = min([verb.i, *(child.i for child in verb.children if child.dep_ == "aux")])
    if speaker is None or speaker.lower_ == "it" or speaker.right_edge.i + 1 != first:
        return None  # "could leave it thinking": "it" is the text, and the reader thinks
    return speaker


def with_caused_speakers(doc: Doc, candidates: list[Candidate], *, causatives: frozenset[str]) -> None:
    """Make the object of a causative verb the source of the cue that completes it (see the module docstring)."""
    for candidate in candidates:
        speaker = _caused_speaker(candidate.head, causatives=causatives)
        if speaker is None:
            continue
        span = source_span(doc, speaker)
        if span is None or any(span[0] < end and start < span[1] for start, end in [candidate.cue, *candidate.content]):
            continue
        candidate.source, candidate.source_head = span, speaker
