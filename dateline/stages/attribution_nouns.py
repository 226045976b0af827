"""Nouns of saying with a possessive speaker: "[Ana]'s endorsement of [Rui]"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.attribution_candidate import Candidate, source_span
from dateline.stages.attribution_rules import AttributionLexicon
from dateline.stages.spans import Layout, chars, subtree_chars

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["noun_candidates"]

#: Entity types that can speak; an unnamed possessive must be a pronoun ("his", "their").
_SPEAKER_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _speaker(noun: Token) -> Token | None:
    """The possessive of ``noun`` when it names a person or group ("[Ana]'s", "[his]")."""
    for child in noun.children:
        if child.dep_ == "poss" and (child.pos_ == "PRON" or child.ent_type_ in _SPEAKER_TYPES):
            return child
    return None


def _first(noun: Token, speaker: Token) -> Token:
    """The first word of the cue: the noun's modifiers after the speaker belong to it in PolNeAR
    ("[Ana]'s energetic endorsement of")."""
    modifiers = [c for c in noun.lefts if c.i > speaker.i and c.dep_ in ("amod", "compound", "advmod")]
    return modifiers[0].left_edge if modifiers else noun


def _content(noun: Token, markers: frozenset[str]) -> tuple[Token, Token] | None:
    """The last word of the cue and the head of the content: the object of one of ``markers``
    ("criticism [of] [the plan]") or, with "that" among them, a that-clause ("his claim [that ...]")."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in markers:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            return (child, objects[0]) if objects else None
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
        if "that" in markers and child.dep_ in ("acl", "ccomp") and that:
            return noun, child
    return None


def noun_candidates(doc: Doc, lexicon: AttributionLexicon, *, layout: Layout) -> list[Candidate]:
    """A noun of ``noun_cues`` with a speaker's possessive and its content: "[Ana]'s endorsement
    of [Rui]", "[his] suggestion [that the vote was rigged]" (the cue ends with the preposition)."""
    found: list[Candidate] = []
    for i, (pos, lemma) in enumerate(zip(layout.pos, layout.lemmas, strict=True)):
        markers = lexicon.noun_cues.get(lemma) if pos == "NOUN" else None
        if not markers:
            continue
        noun = doc[i]
        speaker = _speaker(noun)
        parts = _content(noun, markers) if markers and speaker is not None else None
        if speaker is None or parts is None:
            continue
        last, head = parts
        content = subtree_chars(doc, head)
        source = source_span(doc, speaker)
        if content is None or source is None:
            continue
        found.append(
            Candidate(cue=chars(_first(noun, speaker), last), head=noun, content=[content], source=source, source_head=speaker)
        )
    return found
