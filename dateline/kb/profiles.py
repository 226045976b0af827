"""What the resolver knows about a document entity and about a canonical entity, and how they compare."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any, Literal

from dateline.kb.context import Vector, cosine
from dateline.kb.names import NameKeys, middle_name_only, without_field_word
from dateline.kb.rules import ResolutionRules

__all__ = ["CanonicalProfile", "EntityEvidence", "Match", "NeighbourWeight", "compare", "intersect_intervals", "is_given_name", "neighbour_key", "split_neighbour_key"]

Interval = tuple[dt.date, dt.date]
#: The part of the neighbour bonus a shared co-mentioned name (with its group, "london|GPE/LOC") gives.
NeighbourWeight = Callable[[str], float]

#: Attributes compared between namesakes; a value on both sides that differs is a conflict.
CONFLICTING_ATTRIBUTES = ("occupation", "nationality", "citizenship", "birthplace", "gender")
#: Co-mentioned names a canonical entity keeps: the most frequent (in the most of its articles), so that a
#: busy entity keeps the company it is usually named in rather than the first names of the alphabet.
MAX_NEIGHBOURS = 1000
_GROUP_MARK = "|"  # between a neighbour's name and its type group


def intersect_intervals(left: Interval | None, right: Interval | None) -> Interval | Literal[False] | None:
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
    kind: str | None = None  # the noun after its name that gave its type ("manager": a club, not a city)
    shown: str | None = None  # its full name, when the tagger cut it short ("BBC Radio" of "BBC Radio 1")
    birth: Interval | None = None
    attributes: dict[str, set[str]] = field(default_factory=dict)
    neighbours: set[str] = field(default_factory=set)
    vector: Vector | None = None
    # For a given name alone ("Elvis"): the canonical entity of the one whole-named person of that given name
    # the store knows well (kb.yaml `famous_given_names`), which it may join on context.
    famous_bearer: int | None = None
    beside_given_name: bool = False  # listed beside another given name alone ("Will and Grace"): no star's name


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
    neighbours: dict[str, int] = field(default_factory=dict)  # co-mentioned name -> articles naming both
    vector: Vector | None = None
    names_seen: dict[str, int] = field(default_factory=dict)
    short_keys: set[str] = field(default_factory=set)  # shorter names that find it ("berlin festival"), no names of its own
    spelt_keys: set[str] = field(default_factory=set)  # its long names spelt loosely ("~thms hdn chrch")

    @property
    def single_only(self) -> bool:
        """Whether every name it has gone by is one word."""
        return all(" " not in key for key in self.full_keys)

    def profile_json(self) -> dict[str, Any]:
        """The ``profile`` column: attributes, co-mentioned names and name forms seen."""
        return {
            "attributes": {name: sorted(values) for name, values in sorted(self.attributes.items())},
            "neighbours": dict(sorted(self.neighbours.items(), key=lambda item: (-item[1], item[0]))[:MAX_NEIGHBOURS]),
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
    """Which name rule links them, if any. One-word names that are only part of a longer name
    ("Bush" of "Jeb Bush", "Ana" of "Ana de Armas") never link two full names."""
    main = entity.keys.main
    person = entity.type == "PERSON"
    if " " in main:
        if main in canonical.full_keys:
            return "same_name"
        if any(" " in key for key in entity.keys.full & canonical.full_keys):
            return "same_alias"
        if person and _middle_name_pair(entity.keys.full, canonical.full_keys):
            return "middle_name"
        if not person and (main in canonical.short_keys or entity.keys.short & canonical.full_keys):
            # "the Berlin Festival" / "the Berlin Film Festival", either first; not the Berlin Jazz Festival too
            return None if _other_field(entity.keys, canonical.full_keys) else "field_word"
        if entity.keys.spelt & canonical.spelt_keys:
            return "spelling"  # "Thomas Haden Church" / "Thomas Hayden Church"
        if person and canonical.single_only and entity.keys.surname in canonical.full_keys:
            # "Cruise" known alone so far, now "Tom Cruise"; but a given name known alone ("Sam") is no
            # surname: "Fireman Sam" is not the "Sam" of another article, as a lone "Sam" never links below.
            if is_given_name(entity.keys.surname) or not _same_longer_name(entity.keys.full, canonical.attributes):
                return None
            return "surname"
        return None
    if person and is_given_name(main):
        # "Joe" in two articles is no evidence of one person; "Madonna" listed among whole names in both is a star's
        if _listed_mononyms(entity, canonical):
            return "single_name"
        # "Elvis" where the store knows one whole-named Elvis well, and no other of note: his, on context
        if canonical.id == entity.famous_bearer and _same_longer_name(canonical.full_keys, entity.attributes):
            return "given_name"
        return None
    if main in canonical.full_keys and (canonical.single_only or _stage_name(main, canonical.full_keys)):
        return "single_name"
    if person and main in canonical.surnames:
        if not _same_longer_name(canonical.full_keys, entity.attributes) or _rather_a_thing(entity, canonical):
            return None
        return "surname"
    if not person and main in canonical.full_keys:
        return "single_name"  # an acronym or short name of an organisation or place
    return None


def _other_field(keys: NameKeys, full_keys: set[str]) -> bool:
    """Whether the canonical entity is known by the same event's name with another field's word ("norland film
    festival" against a new "norland jazz festival", both "norland festival" without it): two events."""
    return any(key not in keys.full and without_field_word(key) in keys.short for key in full_keys)


def _stage_name(main: str, full_keys: set[str]) -> bool:
    """Whether a one-word name is a whole name of its own beside longer ones, no word of them: "Jay-Z" of
    someone also named "Shawn Carter", unlike "Bush" of "George Bush", which a lone "Bush" does not join."""
    return not any(main in key.split() for key in full_keys if " " in key)


def _listed_mononyms(entity: EntityEvidence, canonical: CanonicalProfile) -> bool:
    """Whether a given name alone is the whole name of both: each listed among other whole names (kb.yaml
    `listed_names`) in an article, and the canonical entity never known by a longer name."""
    main = entity.keys.main
    listed = main in entity.attributes.get("listed", set()) and main in canonical.attributes.get("listed", set())
    return listed and main in canonical.full_keys and canonical.single_only


def neighbour_key(name_key: str, type_group: str) -> str:
    """How a co-mentioned name is kept: with its type group ("list|WORK")."""
    return f"{name_key}{_GROUP_MARK}{type_group}"


def _shared_neighbours(mine: set[str], theirs: Collection[str]) -> set[str]:
    """The co-mentioned entities both have, of one type group each, as ``mine`` keeps them ("london|GPE/LOC").
    A canonical entity resolved before groups were kept has bare names, which match a name of any group until
    `resolve --rebuild`."""
    shared = mine & set(theirs)
    bare = {name for name in theirs if _GROUP_MARK not in name}
    if bare:
        shared |= {name for name in mine if name.partition(_GROUP_MARK)[0] in bare}
    return shared


def split_neighbour_key(key: str) -> tuple[str, str]:
    """A neighbour's name key and its type group: ("london", "GPE/LOC")."""
    name, _, group = key.partition(_GROUP_MARK)
    return name, group


def _neighbour_bonus(shared: set[str], rules: ResolutionRules, weight: NeighbourWeight | None) -> tuple[float, dict[str, float]]:
    """The bonus of the shared neighbours, each weighted by how rare it is in the store; and the weights under
    1, by name, for the reasons ("united states": 0.0)."""
    weights: dict[str, float] = {}
    for key in sorted(shared):  # a name shared in two groups counts once, at its rarer group's weight
        name = split_neighbour_key(key)[0]
        weights[name] = max(weights.get(name, 0.0), weight(key) if weight else 1.0)
    bonus = min(sum(weights.values()) * rules.neighbour_bonus, rules.neighbour_max)
    return bonus, {name: round(value, 2) for name, value in weights.items() if value < 1.0}


def _middle_name_pair(mine: frozenset[str], theirs: set[str]) -> tuple[str, str] | None:
    """A full name of one that is a full name of the other with or without a middle name ("John Kennedy" /
    "John F Kennedy"): news gives the middle initial in one report and not in the next."""
    pairs = ((one, other) for one in sorted(mine) if " " in one for other in sorted(theirs) if " " in other)
    return next((pair for pair in pairs if middle_name_only(*pair)), None)


def _same_longer_name(full_names: set[str] | frozenset[str], cut: dict[str, set[str]]) -> bool:
    """Whether a one-word name the tagger cut from a longer one ("Williams" of "Tennessee Williams") was
    cut from one of these full names: otherwise that surname is another person's (Robin Williams), or a
    firm's ("Arent Fox"), or a title's ("Bend It Like Beckham")."""
    longer = cut.get("cut_from", set())
    return not longer or bool(longer & full_names)


def _rather_a_thing(entity: EntityEvidence, canonical: CanonicalProfile) -> bool:
    """Whether a lone surname is also the whole name of a thing already known (the film "Kinsey", the firm
    "Disney") and nothing in its article says it is a person: no title, office or gender ("Mr Disney",
    "President Carter", "he"); unless its article names the person in full ("Roy Disney")."""
    if "named_otherwise" not in entity.attributes or entity.attributes.get("cut_from", set()) & canonical.full_keys:
        return False
    return not ({"office", "gender"} & entity.attributes.keys())


@functools.lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from dateline.stages.entities.lexicon import first_names  # here: that stage imports spaCy (see names.py)

    lexicon = first_names()
    return frozenset(name.casefold() for name in (*lexicon.female, *lexicon.male))


def is_given_name(key: str) -> bool:
    """Whether a name key of one word is a given name ("joe", "madonna")."""
    return key in _given_names()


def _close_enough(similarity: float | None, rules: ResolutionRules) -> bool:
    """Whether a given name alone is told in words close enough to its famous bearer's ("Elvis" of a chart, not
    "Ross" of Friends beside Ross Perot): a given name is weaker evidence than a surname, so context must be."""
    famous = rules.famous_given_names
    return similarity is not None and famous is not None and similarity >= famous.min_similarity


def _conflicts(entity: EntityEvidence, canonical: CanonicalProfile) -> list[str]:
    found = []
    for name in CONFLICTING_ATTRIBUTES:
        mine, theirs = entity.attributes.get(name, set()), canonical.attributes.get(name, set())
        if mine and theirs and not mine & theirs:
            found.append(f"{name}: {sorted(mine)} vs {sorted(theirs)}")
    return found


#: Attributes of an entity that merges with nothing: a heading's common word in capitals ("THE WORLD") is no
#: name, and an article's entity holding a state's and a city's mentions would join one sense to the other.
_UNLINKED = ("heading", "mixed_senses")


def _links_nothing(attributes: dict[str, set[str]]) -> bool:
    return any(name in attributes for name in _UNLINKED)


def _other_generation(entity: EntityEvidence, canonical: CanonicalProfile) -> bool:
    mine, theirs = entity.attributes.get("generation", set()), canonical.attributes.get("generation", set())
    return bool(mine and theirs and not mine & theirs)


def compare(
    entity: EntityEvidence, canonical: CanonicalProfile, rules: ResolutionRules, weight: NeighbourWeight | None = None
) -> Match | None:
    """Score ``entity`` against ``canonical``; None when their names do not match or they cannot be one.
    ``weight`` gives the part of the neighbour bonus each shared neighbour is worth (all of it without)."""
    rule = _name_rule(entity, canonical)
    if rule is None or _links_nothing(entity.attributes) or _links_nothing(canonical.attributes):
        return None
    matched = entity.keys.full & (canonical.full_keys | canonical.surnames)
    if rule == "middle_name":
        matched = frozenset(_middle_name_pair(entity.keys.full, canonical.full_keys) or ())
    reasons: dict[str, Any] = {"rule": rule, "names": sorted(matched) or [entity.keys.surname or entity.keys.main]}
    if entity.kind:
        reasons["kind"] = entity.kind
    birth = intersect_intervals(entity.birth, canonical.birth)
    if birth is False or _other_generation(entity, canonical):
        return None  # ages that cannot both be true, or a father and his son ("Jr" / "Sr"): two people
    if birth:
        reasons["birth_interval_overlap"] = f"{birth[0]}/{birth[1]}"
    if entity.type not in rules.context_types:
        score = max(rules.base[rule], rules.name_alone)  # a place or an organisation: the name is the evidence
        return Match(canonical_id=canonical.id, rule=rule, score=score, reasons=reasons)
    score = rules.base[rule]
    similarity = cosine(entity.vector, canonical.vector)
    if rule == "given_name" and not _close_enough(similarity, rules):
        return None
    if similarity is not None:
        reasons["context_similarity"] = round(similarity, 3)
        score += (similarity - rules.context_pivot) * rules.context_weight
    shared = _shared_neighbours(entity.neighbours, canonical.neighbours)
    if shared:
        reasons["shared_neighbours"] = sorted({split_neighbour_key(key)[0] for key in shared})[:5]
        bonus, common = _neighbour_bonus(shared, rules, weight)
        if common:
            reasons["common_neighbours"] = dict(list(common.items())[:5])  # weighed down by their frequency
        score += bonus
    offices = entity.attributes.get("office", set()) & canonical.attributes.get("office", set())
    if offices:
        reasons["shared_office"] = sorted(offices)
        score += rules.office_bonus
    conflicts = _conflicts(entity, canonical)
    if conflicts:
        reasons["conflicts"] = conflicts
        score -= rules.conflict_penalty * len(conflicts)
    return Match(canonical_id=canonical.id, rule=rule, score=round(score, 4), reasons=reasons)
