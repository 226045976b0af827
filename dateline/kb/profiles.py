"""What the resolver knows about a document entity and about a canonical entity, and how they compare."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from dateline.kb.context import Vector, cosine
from dateline.kb.names import NameKeys
from dateline.kb.rules import ResolutionRules

__all__ = ["CanonicalProfile", "EntityEvidence", "Match", "compare", "intersect_intervals"]

Interval = tuple[dt.date, dt.date]

#: Attributes compared between namesakes; a value on both sides that differs is a conflict.
CONFLICTING_ATTRIBUTES = ("occupation", "nationality", "citizenship", "birthplace")
MAX_NEIGHBOURS = 300


def intersect_intervals(left: Interval | None, right: Interval | None) -> Interval | None | bool:
    """The overlap of two intervals; None when either is unknown; False when they cannot both hold."""
    if left is None or right is None:
        return None
    start, end = max(left[0], right[0]), min(left[1], right[1])
    return (start, end) if start <= end else False


@dataclass
class EntityEvidence:
    """One entity of one document, prepared for comparison."""

    key: str
    document_id: str
    name: str
    type: str
    keys: NameKeys
    mentions: int
    birth: Interval | None = None
    attributes: dict[str, set[str]] = field(default_factory=dict)
    neighbours: set[str] = field(default_factory=set)
    vector: Vector | None = None


@dataclass
class CanonicalProfile:
    """One canonical entity as the resolver sees it while it runs."""

    id: int
    name: str
    type: str
    full_keys: set[str]
    surnames: set[str]
    documents: int
    mentions: int
    birth: Interval | None = None
    attributes: dict[str, set[str]] = field(default_factory=dict)
    neighbours: set[str] = field(default_factory=set)
    vector: Vector | None = None
    names_seen: dict[str, int] = field(default_factory=dict)

    def profile_json(self) -> dict[str, Any]:
        """The ``profile`` column: attributes, co-mentioned names and name forms seen."""
        return {
            "attributes": {name: sorted(values) for name, values in sorted(self.attributes.items())},
            "neighbours": sorted(self.neighbours)[:MAX_NEIGHBOURS],
            "names_seen": self.names_seen,
            "surnames": sorted(self.surnames),
        }


@dataclass(frozen=True)
class Match:
    """Why a document entity may be the same as a canonical entity, and how strongly."""

    canonical_id: int
    rule: str
    score: float
    reasons: dict[str, Any]


def _name_rule(entity: EntityEvidence, canonical: CanonicalProfile) -> str | None:
    shared = entity.keys.full & canonical.full_keys
    if " " in entity.keys.main and entity.keys.main in canonical.full_keys:
        return "same_name"
    if any(" " in key for key in shared):
        return "same_alias"
    if shared:
        return "single_name"
    if entity.type != "PERSON":
        return None
    if entity.keys.single and entity.keys.full & canonical.surnames:
        return "surname"
    if entity.keys.surname and entity.keys.surname in canonical.full_keys and all(" " not in k for k in canonical.full_keys):
        return "surname"
    return None


def _conflicts(entity: EntityEvidence, canonical: CanonicalProfile) -> list[str]:
    found = []
    for name in CONFLICTING_ATTRIBUTES:
        mine, theirs = entity.attributes.get(name, set()), canonical.attributes.get(name, set())
        if mine and theirs and not mine & theirs:
            found.append(f"{name}: {sorted(mine)} vs {sorted(theirs)}")
    return found


def compare(entity: EntityEvidence, canonical: CanonicalProfile, rules: ResolutionRules) -> Match | None:
    """Score ``entity`` against ``canonical``; None when their names do not match or they cannot be one."""
    rule = _name_rule(entity, canonical)
    if rule is None:
        return None
    matched = entity.keys.full & (canonical.full_keys | canonical.surnames)
    reasons: dict[str, Any] = {"rule": rule, "names": sorted(matched) or [entity.keys.surname]}
    birth = intersect_intervals(entity.birth, canonical.birth)
    if birth is False:
        return None  # ages that cannot both be true: two people
    if birth:
        reasons["birth_interval_overlap"] = f"{birth[0]}/{birth[1]}"
    score = rules.base[rule]
    if entity.type in rules.context_types:
        similarity = cosine(entity.vector, canonical.vector)
        if similarity is not None:
            reasons["context_similarity"] = round(similarity, 3)
            score += (similarity - rules.context_pivot) * rules.context_weight
        shared = entity.neighbours & canonical.neighbours
        if shared:
            reasons["shared_neighbours"] = sorted(shared)[:5]
            score += min(len(shared) * rules.neighbour_bonus, rules.neighbour_max)
        conflicts = _conflicts(entity, canonical)
        if conflicts:
            reasons["conflicts"] = conflicts
            score -= rules.conflict_penalty * len(conflicts)
    return Match(canonical_id=canonical.id, rule=rule, score=round(score, 4), reasons=reasons)
