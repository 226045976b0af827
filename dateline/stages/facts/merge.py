"""Merging the drafts that state the same fact, and the validity of states.

Drafts with the same predicate, participants, object, polarity and source are one fact: the
first mention that carries a time gives the trigger and evidence (else the first mention; a
mention of the first occurrence, "the series began in 2001", before any other), and
the others fill in what it lacks (time, place, arguments). Two mentions in one sentence are read
as one statement, so its least certain reading wins ("is attached to ..., where she's expected to
play" is probable).

States (frames marked ``state``: married, dating ...) get ``valid_from`` from the time they
began, and ``valid_to`` from the earliest event that ends them between the same participants
(divorced, split), or from a mention that ends the state itself ("resigned from Y in May": the
trigger setting ``ending``). A state mentioned as over ("ex-husband") with no dated end gets
``valid_to = "PAST_REF"``: it ended some time before the article.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dateline.model import Entity
from dateline.stages.facts.build import Draft
from dateline.stages.facts.frames import FrameLexicon
from dateline.stages.factuality import lower

__all__ = ["Validity", "merge_drafts", "organisation_names", "validity"]


def _key(draft: Draft) -> tuple[object, ...]:
    obj = draft.object or (draft.arguments.get("object_text") or "").casefold() or None
    return (draft.predicate, frozenset(draft.participants), obj, draft.factuality.polarity, draft.asserted_by)


def _merge(group: list[Draft]) -> Draft:
    timed = [draft for draft in group if draft.time is not None]
    # the time of a first showing ("the series began in 2001") is the fact's, not a later airing's
    primary = next((draft for draft in timed if draft.first), timed[0] if timed else group[0])
    for other in group:
        if other is primary:
            continue
        primary.place = primary.place or other.place
        primary.time = primary.time or other.time
        primary.ended = primary.ended or other.ended
        primary.start_time = primary.start_time or other.start_time
        primary.end_time = primary.end_time or other.end_time
        primary.ending = primary.ending or other.ending
        primary.arguments = {**other.arguments, **primary.arguments}
        ours, theirs = primary.factuality, other.factuality
        if other.sentence == primary.sentence and lower(ours.certainty, theirs.certainty) != ours.certainty:
            ours.certainty = theirs.certainty
            ours.cues = sorted([*ours.cues, *theirs.cues], key=lambda s: s.start)
    return primary


def merge_drafts(drafts: list[Draft], *, lexicon: FrameLexicon, organisations: frozenset[str] = frozenset()) -> list[Draft]:
    """One draft per distinct fact, in text order of their triggers; ``organisations``: the ids of the
    entities whose names say they are organisations (see ``yields_to``)."""
    groups: dict[tuple[object, ...], list[Draft]] = {}
    for draft in _without_yielding(_without_nested(drafts), lexicon=lexicon, organisations=organisations):
        groups.setdefault(_key(draft), []).append(draft)
    return sorted((_merge(group) for group in groups.values()), key=lambda d: (d.trigger.start, d.predicate))


def _without_yielding(drafts: list[Draft], *, lexicon: FrameLexicon, organisations: frozenset[str]) -> list[Draft]:
    """Drop a draft whose frame yields to the predicate of another draft of the same trigger, parties
    and object (``yields_to``), when the object's name says it is an organisation: the FBI's director
    works for it and has not made it, while "Cold Mountain director X" (a film the NER typed as an
    organisation, and so also an employer) made the film."""
    said = {(d.predicate, d.trigger.start, frozenset(d.participants), d.object) for d in drafts}

    def yields(draft: Draft) -> bool:
        frame = lexicon.frames.get(draft.predicate)
        winners = frame.yields_to if frame else []
        key = (draft.trigger.start, frozenset(draft.participants), draft.object)
        return draft.object in organisations and any((winner, *key) in said for winner in winners)

    return [draft for draft in drafts if not yields(draft)]


def organisation_names(entities: Iterable[Entity], *, words: frozenset[str]) -> frozenset[str]:
    """Ids of the organisations whose name says so: an acronym ("the FBI") or a head word of ``words``,
    the last word or the one before "of", "for" or "on" ("the Media Centre", "the Institute for Local
    History")."""
    found = set()
    for entity in entities:
        name = entity.name.split()
        if entity.type == "ORG" and name and (_acronym(name[0]) or _head_word(name).casefold() in words):
            found.add(entity.id)
    return frozenset(found)


def _head_word(name: list[str]) -> str:
    before = next((i for i, word in enumerate(name) if word in ("of", "for", "on") and i > 0), len(name))
    return name[before - 1]


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _without_nested(drafts: list[Draft]) -> list[Draft]:
    """Drop a draft whose trigger lies inside the trigger of an attributed draft saying the same thing:
    "sparked romance rumours" is the crowd's romance, and its word "romance" is no second one."""

    def inside(inner: Draft, outer: Draft) -> bool:
        return (
            inner is not outer
            and outer.attribution is not None
            and inner.attribution is None
            and outer.trigger.start <= inner.trigger.start
            and inner.trigger.end <= outer.trigger.end
            and (inner.predicate, frozenset(inner.participants)) == (outer.predicate, frozenset(outer.participants))
        )

    return [draft for draft in drafts if not any(inside(draft, other) for other in drafts)]


@dataclass(frozen=True)
class Validity:
    """When a state held: TIMEX3 values or None when unknown."""

    valid_from: str | None
    valid_to: str | None


def validity(draft: Draft, drafts: list[Draft], *, lexicon: FrameLexicon) -> Validity:
    """The validity of ``draft`` if its frame is a state, from its own time and the events ending it."""
    frame = lexicon.frames.get(draft.predicate)
    if frame is None or draft.factuality.polarity == "negative":
        return Validity(None, None)
    if not frame.state:
        return _changes(draft)
    parties = set(draft.participants)
    ends = [
        other
        for other in drafts
        if draft.predicate in getattr(lexicon.frames.get(other.predicate), "ends", ())
        and set(other.participants) == parties
        and other.factuality.polarity == "positive"
        and other.factuality.certainty == "certain"
    ]
    dated = sorted(other.time.value for other in ends if other.time is not None)
    if draft.end_time is not None:  # its own end ("X married Y in 2019 ... their marriage ended in 2024")
        dated = sorted([*dated, draft.end_time.value])
    valid_to = dated[0] if dated else ("PAST_REF" if ends or draft.ended else None)
    valid_from = draft.time.value if draft.time is not None else None
    return Validity(valid_from, valid_to)


def _changes(draft: Draft) -> Validity:
    """The validity of a relation that is no state of its own (works_for: "X, director of Y", "in 2012 he worked for
    Y" say it held, not when it began), from the mentions that begin or end it: "joined Y in 2019", "resigned in
    May"; an end with no date, or a post mentioned as over ("former chief executive"), ended before the article."""
    valid_from = draft.start_time.value if draft.start_time is not None else None
    if draft.end_time is not None:
        return Validity(valid_from, draft.end_time.value)
    return Validity(valid_from, "PAST_REF" if draft.ending or draft.ended else None)
