"""A crowd's speculation as a fact: "X and Y set tongues wagging" is a rumoured romance.

The attribution stage marks sources that are the public rather than someone in particular
("set tongues wagging", "sent the rumour mill into overdrive") as crowd sources, usually with no
reported content. When the clause of such a cue is about two or more people, the crowd is
speculating about them, and ``frames.yaml`` (``crowd``) says as what: a possible romance,
asserted by the crowd attribution so that the knowledge base can follow the rumour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Attribution, Factuality, Span
from dateline.stages.facts.arguments import conjuncts
from dateline.stages.facts.build import Context, Draft, sentence_evidence
from dateline.stages.facts.slots import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["crowd_speculation"]


def _people(tokens: list[Token], context: Context) -> list[str]:
    found: list[str] = []
    for token in tokens:
        for conjunct in conjuncts(token):
            ids, _ = context.resolver.entities_at(conjunct, types=["PERSON"])
            found.extend(entity for entity in ids if entity not in found)
    return found


def _is_crowd(attribution: Attribution) -> bool:
    source = attribution.source
    return bool(source is not None and source.crowd and not attribution.content)


def crowd_speculation(context: Context) -> list[Draft]:
    """One draft per crowd attribution whose clause is about enough people."""
    rule = context.lexicon.crowd
    if rule is None:
        return []
    drafts = []
    for attribution in context.attributions:
        if not _is_crowd(attribution) or attribution.cue is None:
            continue
        cue = context.doc.char_span(attribution.cue.start, attribution.cue.end, alignment_mode="expand")
        if cue is None:
            continue
        verb = cue.root
        people = _people(subject_of(verb), context)
        if len(people) < rule.min_participants:
            continue
        drafts.append(
            Draft(
                predicate=rule.predicate,
                participants=people,
                object=None,
                place=None,
                time=None,
                factuality=Factuality(
                    certainty=rule.certainty, commitment="speculated", cues=[attribution.cue]
                ),
                attribution=attribution,
                trigger=Span(start=attribution.cue.start, end=attribution.cue.end, text=attribution.cue.text),
                evidence=sentence_evidence(verb),
                sentence=verb.sent.start,
            )
        )
    return drafts
