"""The attribution lexicon (``dateline/data/attribution.yaml``): cue verbs, source nouns, crowd phrases."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator

from dateline.lexicons import load_lexicon

__all__ = ["AttributionLexicon", "CrowdPattern", "CueVerb", "ObjectComplements", "ProformContents", "attribution_lexicon", "is_act_frame"]


class CueVerb(BaseModel):
    """How one cue verb attributes its content."""

    commitment: str = "stated"
    content: Literal["clause", "object"] = "clause"
    hearer: bool = False
    infinitive: bool = False
    quote_only: bool = False
    clause_only: bool = False
    passive_only: bool = False
    particle: str | None = None
    predicate: bool = False
    evidence_object: bool = False
    question: bool = False
    passive_object: bool = False
    object_word: str | None = None


class CrowdPattern(BaseModel):
    """A phrase by which the text reports public speculation ("set tongues wagging")."""

    lemmas: list[str] = Field(min_length=1)
    source: int = Field(ge=0, description="Index in `lemmas` of the word standing for the crowd.")

    @field_validator("source")
    @classmethod
    def _source_in_range(cls, value: int, info: object) -> int:
        lemmas = getattr(info, "data", {}).get("lemmas", [])
        if lemmas and value >= len(lemmas):
            raise ValueError(f"source index {value} is outside the {len(lemmas)} lemmas")
        return value


class ObjectComplements(BaseModel):
    """What a cue verb says of its object, which belongs to an object content ("called [Ana a friend]")."""

    relations: frozenset[str]
    prepositions: frozenset[str]
    clause_openers: frozenset[str] = frozenset()


class ProformContents(BaseModel):
    """Words that stand for a whole content after a cue verb ("said so", "said yes", "said the same of
    Ana"), and the prepositions that go on with them when the parser hangs those on the verb."""

    words: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()


class AttributionLexicon(BaseModel):
    """``attribution.yaml``."""

    cue_verbs: dict[str, CueVerb]
    anonymous_heads: frozenset[str]
    partitive_heads: frozenset[str] = frozenset()
    named_roles: frozenset[str] = frozenset()
    crowd_heads: frozenset[str]
    anaphoric_determiners: frozenset[str]
    according_to: list[list[str]]
    cue_adverbs: frozenset[str]
    cue_adverbs_excluded: frozenset[str]
    cue_prepositions: dict[str, frozenset[str]]
    cue_media: frozenset[str]
    object_complements: ObjectComplements
    crowd: list[CrowdPattern]
    line_sources: frozenset[str]
    raising_verbs: frozenset[str]
    not_learned_cues: frozenset[str]
    act_frames: dict[str, frozenset[str]] = {}
    hearsay_sources: dict[str, str] = {}
    witness_verbs: frozenset[str] = frozenset()
    concessive_openers: frozenset[str] = frozenset()
    witness_subjects: frozenset[str] = frozenset()
    witness_entity_types: frozenset[str] = frozenset()
    line_labels: frozenset[str]
    line_topics: frozenset[str] = frozenset()
    quoted_speaker_words: frozenset[str] = frozenset()
    clause_marks: frozenset[str] = frozenset()
    evidence_heads: frozenset[str] = frozenset()
    poll_heads: frozenset[str] = frozenset()
    question_marks: frozenset[str] = frozenset()
    question_topics: frozenset[str] = frozenset()
    proform_contents: ProformContents = ProformContents()
    reason_marks: frozenset[str] = frozenset()
    noun_cues: dict[str, frozenset[str]] = {}
    coordinated_complement_marks: frozenset[str] = frozenset()
    causative_verbs: frozenset[str] = frozenset()
    reputation_passives: dict[str, frozenset[str]] = {}
    stance_adjectives: dict[str, frozenset[str]] = {}
    stance_copulas: frozenset[str] = frozenset()
    topic_verbs: dict[str, frozenset[str]] = {}
    governing_prepositions: frozenset[str] = frozenset()
    wrapper_media: frozenset[str] = frozenset()
    occasion_nouns: frozenset[str] = frozenset()
    manner_objects: frozenset[str] = frozenset()
    phrase_cue_excluded: frozenset[str] = frozenset()
    title_entity_types: frozenset[str] = frozenset()
    outlet_nouns: frozenset[str] = frozenset()


def is_act_frame(lexicon: AttributionLexicon, lemma: str, relation: str) -> bool:
    """Whether a learned cue's lemma with the relation of its content names an act rather than a
    report or a thought (``act_frames``: "agreed [to join]", "appointed [Ana as his deputy]")."""
    relations = lexicon.act_frames.get(lemma, frozenset())
    return relation in relations or "*" in relations


def attribution_lexicon() -> AttributionLexicon:
    """The attribution lexicon (cached per process)."""
    return load_lexicon("attribution.yaml", AttributionLexicon)
