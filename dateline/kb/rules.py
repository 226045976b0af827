"""The knowledge base's rules, read from ``dateline/data/kb.yaml``."""

from __future__ import annotations

import math

from pydantic import BaseModel

from dateline.lexicons import load_lexicon

__all__ = ["HeadingWords", "InnerNames", "FamousGivenNames", "KbRules", "KindWords", "MatchSides", "NameRules", "NeighbourFrequency", "NumberedNames", "RegionalNames", "ResolutionRules", "StateSenses", "kb_rules"]


class NameRules(BaseModel):
    """Words to ignore or keep together when names are compared across articles."""

    honorifics: list[str]
    particles: list[str]
    suffixes: list[str]
    articles: list[str] = []
    offices: dict[str, str] = {}
    pronoun_genders: dict[str, str] = {}
    not_name_words: list[str] = []  # capitalised words before a name that are no part of it ("VP Biden")
    abbreviations: dict[str, str] = {}  # a word of a name and what it stands for ("us": "united states")
    dotted_letters: int = 0  # an abbreviation of this many letters or fewer is one word without its dots ("U.S.")
    middle_words: int = 0  # middle names a full name may leave out and still be the person's ("John F Kennedy")
    inner_words: list[str] = []  # words inside a name that are left out of its key ("of the Phonographic Industry")
    department_fields: list[str] = []  # "the Justice Department" is "the Department of Justice"
    departments_for_as_of: list[str] = []  # "the Department for Trade and Industry" is "... of Trade and Industry"
    event_heads: list[str] = []  # the last words of events' names ("festival")
    field_words: list[str] = []  # words of an event's field news may leave out before its head ("film festival")
    spelling_words: int = 0  # names of this many words or more are also compared as spelt loosely (0: never)
    spelling_silent: str = ""  # letters a loose spelling leaves out after a word's first


class KindWords(BaseModel):
    """Nouns right after a name that say it names a thing of ``type``, whatever the tagger typed it
    (one of ``retyped``): "Liverpool manager", "the Atlantic magazine"."""

    type: str
    retyped: list[str]
    roles: list[str] = []  # a name may follow: "Liverpool manager Rafael Benitez" is the club's manager
    titles: list[str] = []  # no name may follow: "US magazine Rolling Stone" is a magazine of the country
    after_possessive: bool = True  # "Liverpool's manager" too; not for people: "Obama's ratings" are his


class HeadingWords(BaseModel):
    """When a one-word name in capitals is a heading's common word ("WELCOME TO THE WORLD"), not a name."""

    window: int = 2  # words on each side of the mention looked at
    capitals: int = 2  # how many of them in capitals make a heading


class NumberedNames(BaseModel):
    """Names the tagger cut before a number that belongs to them ("BBC Radio" of "BBC Radio 1")."""

    types: list[str]
    numbers: list[str]  # the numbers, as words and figures, that may end a name


class RegionalNames(BaseModel):
    """Names the tagger cut before a place that belongs to them ("BBC" of "BBC Northern Ireland")."""

    types: list[str]  # the types whose names may end with a place: a place's own name is followed by others


class InnerNames(BaseModel):
    """Names the tagger cut from a longer name its article gives another entity ("Britain" of "Little
    Britain"): resolved under the longer name."""

    types: list[str]


class MatchSides(BaseModel):
    """When a place's name is a team's: one side of a match ("Southampton v Portsmouth")."""

    type: str  # what the team is resolved as
    retyped: list[str]  # the types the tagger gives a team's name
    words: list[str]  # between the two sides
    sides: list[str]  # the types of the other side: a person makes a court case ("Texas v Johnson")
    results: list[str] = []  # after a score, before the other side: "a 3-2 victory over Liverpool"
    result_prepositions: list[str] = []


class StateSenses(BaseModel):
    """When a place's name that is also a city's ("New York", known as "New York City") means the state."""

    types: list[str]  # the place types
    city_word: str  # written after the name for the city: "New York City"
    after: list[str]  # right after the name: state, governor, Gov., Sen. ...
    before: list[str]  # right before it: upstate, "state of"
    suffix: str  # added to the name the state is resolved under: "New York state"
    states: list[str] = []  # places that are only states: a name coordinated with one is a state too
    dateline_chars: int = 300  # a dateline ("NEW YORK —"), which names a city, opens a line this early
    origin_before: list[str] = []  # before a place, someone's origin: "a justice from Ohio", "born in Ohio"
    origin_after: list[str] = []  # after it: "an Ohio native", "Ohio-born"
    city_states: list[str] = []  # states named as a city is, which the town-and-state form says ("Hempstead, New York")
    city_parts: list[str] = []  # places in the city: "Brooklyn, New York" is the city's, no town-and-state form


class NeighbourFrequency(BaseModel):
    """How a shared neighbour's weight falls with the share of the store's articles naming it."""

    rare_share: float  # up to this share, the whole bonus
    common_share: float  # from this share, nothing
    min_documents: int  # the share's least denominator: a small store's few names count in full

    def weight(self, documents: int, resolved: int) -> float:
        """The part of the bonus a neighbour named in ``documents`` of ``resolved`` articles gives (IDF-like)."""
        share = documents / max(resolved, self.min_documents)
        if share <= self.rare_share:
            return 1.0
        if share >= self.common_share:
            return 0.0
        return math.log(self.common_share / share) / math.log(self.common_share / self.rare_share)


class ListedNames(BaseModel):
    """When a lone given name is a star's whole name: an item of a list of other names ("Paul Simon, Madonna
    and David Bowie")."""

    partner_types: list[str]  # the types of the names listed beside it: people and bands
    separators: list[str]  # between two items: ",", "and", "or"


class FamousGivenNames(BaseModel):
    """When a given name alone ("Elvis") may be the one whole-named person of that given name the store knows
    well ("Elvis Presley"): named in this many articles at least, and in this share of the articles of every
    whole-named person of that given name (Elvis Costello and Elvis Bishop are in one each)."""

    min_documents: int
    min_share: float
    min_similarity: float  # the least cosine of the two contexts: a given name is weaker evidence than a surname
    pair_separators: list[str] = []  # between two given names alone that name no star ("Will and Grace")


class ResolutionRules(BaseModel):
    """Scores and thresholds of cross-article entity resolution."""

    base: dict[str, float]
    name_alone: float
    threshold: float
    context_weight: float
    context_pivot: float
    neighbour_bonus: float
    neighbour_max: float
    neighbour_frequency: NeighbourFrequency | None = None
    conflict_penalty: float
    office_bonus: float = 0.0
    window: int
    type_groups: list[list[str]]
    context_types: list[str]
    kind_words: list[KindWords] = []
    heading_words: HeadingWords | None = None
    numbered_names: NumberedNames | None = None
    regional_names: RegionalNames | None = None
    inner_names: InnerNames | None = None
    match_sides: MatchSides | None = None
    state_senses: StateSenses | None = None
    listed_names: ListedNames | None = None
    famous_given_names: FamousGivenNames | None = None

    def type_group(self, entity_type: str) -> str:
        """A name for the group of types ``entity_type`` may merge with."""
        for group in self.type_groups:
            if entity_type in group:
                return "/".join(group)
        return entity_type


class KbRules(BaseModel):
    """Predicate families, statement equivalences, once-only events, how states end, resolution."""

    families: dict[str, list[str]]
    statement_of: dict[str, str]
    single_occurrence: list[str]
    ended_by: dict[str, list[str]]
    family_titles: dict[str, str]
    family_titles_alone: dict[str, str] = {}  # a thread of one participant's own facts ("career")
    object_text_predicates: list[str] = []
    yearly_predicates: list[str] = []  # statements told apart by the year their facts give (an award's ceremony)
    crowd_talk_words: list[str] = []  # a crowd source's word for talk, not people ("tongues", "rumour mill")
    object_text_heads: list[str] = []  # words naming what kind of thing an object text is ("best actor award")
    names: NameRules
    resolution: ResolutionRules

    def family(self, predicate: str) -> str:
        """The family a predicate belongs to (the predicate itself when it has none)."""
        for name, members in self.families.items():
            if predicate in members:
                return name
        return predicate

    def statement(self, predicate: str) -> str:
        """The predicate a fact is compared under when rumours and denials meet."""
        return self.statement_of.get(predicate, predicate)


def kb_rules() -> KbRules:
    """The packaged (or the user's) kb.yaml, validated; cached per process."""
    return load_lexicon("kb.yaml", KbRules)
