"""The data files of the entities stage, validated."""

from __future__ import annotations

import functools
from typing import Literal

from pydantic import BaseModel

from dateline.lexicons import load_lexicon
from dateline.model import EntityType
from dateline.stages.times.lexicon import load_times_lexicon

__all__ = [
    "CorefModel",
    "CorefWeights",
    "Demonyms",
    "EntityTypeMap",
    "FirstNames",
    "Gender",
    "OrganisationNouns",
    "PersonNouns",
    "PronounEntry",
    "Pronouns",
    "WorkNouns",
    "calendar_words",
    "coref_model",
    "coref_weights",
    "demonyms",
    "entity_types",
    "first_names",
    "organisation_nouns",
    "person_nouns",
    "pronouns",
    "work_nouns",
]

#: m(asculine), f(eminine); None means unknown or either.
Gender = Literal["m", "f"]


class EntityTypeMap(BaseModel):
    """``entity_types.yaml``: spaCy label -> dateline entity type."""

    labels: dict[str, EntityType]
    misread_labels: frozenset[str] = frozenset()
    organisation_words: frozenset[str] = frozenset()
    masthead_words: frozenset[str] = frozenset()
    award_words: frozenset[str] = frozenset()
    programme_words: frozenset[str] = frozenset()
    award_names: frozenset[str] = frozenset()
    event_words: frozenset[str] = frozenset()
    speaker_verbs: frozenset[str] = frozenset()
    organisation_nouns: frozenset[str] = frozenset()
    company_nouns: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    origin_nouns: frozenset[str] = frozenset()
    seat_offices: frozenset[str] = frozenset()
    credit_words: frozenset[str] = frozenset()
    party_letters: frozenset[str] = frozenset()


class PronounEntry(BaseModel):
    """A third-person pronoun's agreement features."""

    gender: Gender | None
    number: Literal["singular", "plural"]
    role: Literal["subject", "object", "possessive", "reflexive"]


class Pronouns(BaseModel):
    """``pronouns.yaml``."""

    pronouns: dict[str, PronounEntry]
    speaker_pronouns: list[str]
    speech_verbs: list[str]
    role_verbs: frozenset[str] = frozenset()
    role_as_verbs: frozenset[str] = frozenset()
    role_nouns: frozenset[str] = frozenset()
    subject_control_verbs: frozenset[str] = frozenset()
    result_participles: frozenset[str] = frozenset()
    recipient_verbs: frozenset[str] = frozenset()
    unnamed_people: dict[str, Gender | None] = {}
    unnamed_speakers: dict[str, Gender | None] = {}
    relative_clause_people: dict[str, Gender | None] = {}


class PersonNouns(BaseModel):
    """``person_nouns.yaml``: honorifics, nominals, occupations and group nouns."""

    honorifics: dict[str, Gender | None]
    nominals: dict[str, Gender | None]
    occupations: dict[str, Gender | None]
    pair_nouns: list[str]
    plural_nouns: list[str]
    pairing_verbs: frozenset[str] = frozenset()
    pairing_prepositions: frozenset[str] = frozenset()
    representative_nouns: frozenset[str] = frozenset()
    crowd_nouns: list[str]
    same_occupations: list[list[str]] = []
    award_nominals: frozenset[str] = frozenset()
    award_names: frozenset[str] = frozenset()
    gender_nouns: dict[str, Gender] = {}
    name_suffixes: frozenset[str] = frozenset()
    band_nouns: frozenset[str] = frozenset()
    band_titles: frozenset[str] = frozenset()
    band_signs: frozenset[str] = frozenset()
    band_kind_words: frozenset[str] = frozenset()
    alias_words: frozenset[str] = frozenset()
    alias_as_words: frozenset[str] = frozenset()
    alias_phrases: list[str] = []
    kin_nouns: frozenset[str] = frozenset()
    kin_verbs: frozenset[str] = frozenset()
    namesake_adjectives: frozenset[str] = frozenset()
    genre_modifiers: frozenset[str] = frozenset()
    role_nominals: frozenset[str] = frozenset()
    co_roles: frozenset[str] = frozenset()
    appositive_people: frozenset[str] = frozenset()
    office_titles: frozenset[str] = frozenset()
    place_participles: frozenset[str] = frozenset()
    office_window_sentences: int = 8
    naming_verbs: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()

    def role_noun(self, word: str) -> bool:
        """Whether ``word`` names a person by a role ("actress", "star", "senator", "co-star")."""
        return self.is_nominal(word) or word in self.role_nominals or word in self.co_roles

    def same_occupation(self, noun: str, described: set[str]) -> bool:
        """Whether the occupation ``noun`` is one of ``described`` or names the same work as one of them."""
        return noun in described or any(noun in group and described & set(group) for group in self.same_occupations)

    def plural_person(self, word: str) -> bool:
        """Whether a plural noun can stand for people ("fans", "the stars"); "rumours" cannot."""
        return word in self.crowd_nouns or word in self.plural_nouns

    def nominal_gender(self, noun: str) -> Gender | None:
        """The gender a nominal noun implies (None when either)."""
        return self.nominals.get(noun, self.occupations.get(noun))

    def is_nominal(self, noun: str) -> bool:
        """Whether "the <noun>" can refer back to one named person."""
        return noun in self.nominals or noun in self.occupations


class Demonyms(BaseModel):
    """``demonyms.yaml``: nationality adjective -> country."""

    demonyms: dict[str, str]


class FirstNames(BaseModel):
    """``first_names.yaml``: given names by the gender they usually carry."""

    female: list[str]
    male: list[str]
    spelling_variants: list[list[str]] = []

    @functools.cached_property
    def _spellings(self) -> dict[str, str]:
        return {variant.casefold(): group[0].casefold() for group in self.spelling_variants for variant in group}

    def spelling(self, word: str) -> str:
        """One spelling for all the spellings of a given name (``word`` folded to lower case)."""
        return self._spellings.get(word, word)

    @functools.cached_property
    def _genders(self) -> dict[str, Gender]:
        female = {name.casefold() for name in self.female}
        male = {name.casefold() for name in self.male}
        genders: dict[str, Gender] = {name: "f" for name in female - male}
        genders.update({name: "m" for name in male - female})
        return genders

    def gender(self, name: str) -> Gender | None:
        """The gender of a given name, or None when the lexicon does not say."""
        return self._genders.get(name.casefold())

    @functools.cached_property
    def _known(self) -> frozenset[str]:
        return frozenset(name.casefold() for name in (*self.female, *self.male))

    def known(self, name: str) -> bool:
        """Whether ``name`` is a given name of the lexicon, of either gender."""
        return name.casefold() in self._known


class WorkNouns(BaseModel):
    """``work_nouns.yaml``: nouns whose definite description refers back to a work ("the film")."""

    kinds: dict[str, frozenset[str]]
    window_sentences: int
    selecting: frozenset[str]
    pronoun_verbs: frozenset[str]
    pronoun_rivals: frozenset[EntityType]
    credit_nouns: frozenset[str] = frozenset()
    maker_nouns: frozenset[str] = frozenset()
    band_credit_nouns: frozenset[str] = frozenset()

    @functools.cached_property
    def nouns(self) -> frozenset[str]:
        """Every work noun, of whatever kind."""
        return frozenset().union(*self.kinds.values())

    def kinds_of(self, noun: str) -> frozenset[str]:
        """The kinds of work ``noun`` can name (none when it names no work)."""
        return frozenset(kind for kind, nouns in self.kinds.items() if noun in nouns)


class OrganisationNouns(BaseModel):
    """``organisation_nouns.yaml``: "the company", "the club" and the words that show an organisation's kind."""

    nominals: dict[str, frozenset[str]]
    window_sentences: int
    types: frozenset[EntityType]
    other_modifiers: frozenset[str] = frozenset()

    @functools.cached_property
    def kind_words(self) -> frozenset[str]:
        """Every word that shows an organisation's kind, for whatever noun."""
        return frozenset().union(*self.nominals.values())


class CorefWeights(BaseModel):
    """``coref.yaml``: windows and thresholds of the pronoun, nominal and group resolvers; the pronoun
    resolver's hand-set weights, which ranker it uses, and which weights the learner keeps."""

    window_sentences: int
    threshold: float
    gender_margin: float
    weights: dict[str, float]
    ranker: Literal["hand", "learned"]
    kept_weights: frozenset[str]
    nominal_window_sentences: int
    group_window_sentences: int


def entity_types() -> EntityTypeMap:
    """``entity_types.yaml``."""
    return load_lexicon("entity_types.yaml", EntityTypeMap)


def pronouns() -> Pronouns:
    """``pronouns.yaml``."""
    return load_lexicon("pronouns.yaml", Pronouns)


def person_nouns() -> PersonNouns:
    """``person_nouns.yaml``."""
    return load_lexicon("person_nouns.yaml", PersonNouns)


def demonyms() -> Demonyms:
    """``demonyms.yaml``."""
    return load_lexicon("demonyms.yaml", Demonyms)


def first_names() -> FirstNames:
    """``first_names.yaml``."""
    return load_lexicon("first_names.yaml", FirstNames)


class CorefModel(BaseModel):
    """``coref_model.json``: the pronoun resolver's feature weights and how they were learned."""

    trained_on: str
    l2: float
    iterations: int
    min_count: int
    weights: dict[str, float]


def coref_model() -> CorefModel:
    """``coref_model.json`` (written by ``dateline learn-coref-model``)."""
    return load_lexicon("coref_model.json", CorefModel)


def coref_weights() -> CorefWeights:
    """``coref.yaml``."""
    return load_lexicon("coref.yaml", CorefWeights)


def work_nouns() -> WorkNouns:
    """``work_nouns.yaml``."""
    return load_lexicon("work_nouns.yaml", WorkNouns)


def organisation_nouns() -> OrganisationNouns:
    """``organisation_nouns.yaml``."""
    return load_lexicon("organisation_nouns.yaml", OrganisationNouns)


@functools.lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """The lower-case words of the times stage's calendar, holiday and day names ("monday", "christmas",
    "summer", "tomorrow"), each word of a longer name on its own; plurals as the times data lists them."""
    times = load_times_lexicon()
    calendar = times.calendar
    entries = [*calendar.months, *calendar.weekdays, *calendar.seasons, *calendar.parts_of_day,
               *calendar.clock_words, *times.holidays.holidays, *times.references.deictic_days]
    names = [name for entry in entries for name in entry.names]
    names += [abbreviation for month in calendar.months for abbreviation in month.abbreviations]
    names += [abbreviation for weekday in calendar.weekdays for abbreviation in weekday.abbreviations]
    return frozenset(word.strip(".'’").lower() for name in names for word in name.split())
