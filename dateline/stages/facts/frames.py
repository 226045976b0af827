"""The frame lexicon (``dateline/data/frames.yaml``): predicates, their trigger words and argument slots.

A frame names a predicate and lists its triggers. A trigger is a head word (a lemma or a lower-case
form, with its parts of speech), a phrase of lemmas, or the last word of an entity of some spaCy
label, plus optional conditions on its neighbours (a required dependent, a governing word, a
hyphenated prefix). For each fact role (participants, object, place ...) the trigger lists the
parse slots the role is read from, in order of preference; the slots themselves are defined in
:mod:`dateline.stages.facts.slots`. docs/facts.md describes every setting.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from dateline.lexicons import load_lexicon
from dateline.model import Certainty, EntityType
from dateline.stages.entities.lexicon import demonyms

__all__ = [
    "CrowdRule",
    "Frame",
    "FrameLexicon",
    "FutureMarkers",
    "RoleSpec",
    "Trigger",
    "UnrealConditions",
    "countries",
    "frame_lexicon",
    "triggers_by_word",
]

Role = Literal["participants", "with", "also", "object", "place", "origin", "role", "for", "by"]

_SLOT_NAMES = frozenset({
    "absolute_subject", "owner", "preceding_name", "clause_nominal", "copula_object",
    "subject", "patient", "poss", "holder", "modifier", "host", "prefix", "attr", "oprd", "setting",
    "group", "self", "pobj", "governor", "circumstance", "appos_head", "possessed", "named_governor",
    "clause_subject", "trip_origin", "included", "document_band", "nearby_band", "described_band",
    "scene", "nearby_station", "band_pronoun", "gapped_subject", "work_pronoun",
    "clause_listed", "bracketed_name", "fronted_subject", "untagged_modifier", "nearest_ceremony",
    "verb_subject", "dative", "name_owner", "reporting_possessed", "name_of", "party_state",
    "direct_object", "recipients", "listing_doer", "hosted_ceremony", "crowd_members", "added_to_list",
    "name_after_to", "as_holder",
})
#: Text kinds that are no word class: any phrase, a work's title, a nationality's country.
_TEXT_KINDS = frozenset({"any", "title", "made_title", "named_work", "untagged_title", "country"})


class RoleSpec(BaseModel):
    """Where one role of a fact is read from.

    ``slots`` are tried in order (for the participants of a symmetric frame, all of them are
    used). A slot gives entities of ``types``; when it gives none and ``text`` names a word class
    (or ``any``), the slot's noun phrase is kept as text if its head word is in that class; with
    ``title``, a proper name no entity stands for is kept ("will star in the drama, Cherished"),
    or used as the entity it was mistyped as (``made_title``: also a name typed as a place, for what
    someone makes: "recorded Wolverton Mountain"); ``named_work`` does the latter only for a name a work
    noun introduces ("released a new album, Astronaut"); ``untagged_title`` keeps only a title no entity
    stands for, not a name of another type ("host of Homegrown", not "host of BBC 6 Music's show");
    with ``country``, a nationality word stands for its country ("Spanish" -> Spain). Head words of
    the class ``unless`` are never kept ("a best single nomination" is no award).
    """

    slots: list[str]
    types: list[EntityType] | None = None
    text: str | None = None
    unless: str | None = None
    unless_last: str | None = Field(
        default=None,
        description="A word class: an entity whose name ends with one of its words fills the slot with nobody "
        "('an appearance at Southwark Crown Court' is no event's).",
    )
    only_last: str | None = Field(
        default=None,
        description="A word class: an entity whose name does not end with one of its words fills the slot with "
        "nobody ('at the Harbour Awards' is an event's, 'at the United Nations' is not).",
    )
    single: bool = Field(default=False, description="One name only: coordination is not expanded.")
    other_sense: bool = Field(
        default=False,
        description="A preposition's phrase that names nobody and fills the slot with nothing (no text of the "
        "class) means another sense of the trigger: no fact ('a contender for eviction').",
    )
    no_owner: bool = Field(
        default=False,
        description="A person named in the possessive fills the slot with nobody: the owner is not the work "
        "('a version of X's hit', 'X's political director').",
    )
    named_before: bool = Field(
        default=False,
        description="A pronoun fills the slot only when the entity it stands for is named earlier in its "
        "sentence ('Queen ... and they have played with X'): the coreference is less sure across sentences.",
    )
    whole_name: bool = Field(
        default=False,
        description="An entity named by only part of the slot's run of proper nouns stands for nobody; the "
        "entity named by the whole run is taken instead ('Britain' tagged in 'Little Britain').",
    )
    definite: bool = Field(
        default=False,
        description="Text only from a definite singular noun phrase that names no entity ('the film, directed "
        "by X'; not 'wrote a song', 'the songs he wrote', nor 'the film Kisna', whose entity other rules take).",
    )
    singular: bool = Field(
        default=False,
        description="Text only from a singular noun phrase ('attended an official screening'; not 'does not "
        "usually attend award ceremonies', a habit).",
    )
    bare: bool = Field(
        default=False,
        description="Text only from a noun phrase with no article or possessor in front ('X was best actress'; "
        "not 'X is the best actress of her generation', which is praise).",
    )
    qualified: bool = Field(
        default=False,
        description="Text only from a noun with a word in front saying which one ('the regional arts committee'; "
        "not 'the board').",
    )

    @field_validator("slots")
    @classmethod
    def _known_slots(cls, slots: list[str]) -> list[str]:
        for slot in slots:
            if slot not in _SLOT_NAMES and not slot.startswith("prep:"):
                raise ValueError(f"unknown slot {slot!r}")
        return slots

    @model_validator(mode="before")
    @classmethod
    def _from_list(cls, value: object) -> object:
        return {"slots": value} if isinstance(value, list) else value


class Trigger(BaseModel):
    """One way a frame is expressed: a head word, a phrase or an entity label, conditions, and slots."""

    # The head: lemmas or lower-case forms; or a phrase of lemmas; or spaCy entity labels (NORP).
    words: list[str] = Field(default_factory=list)
    phrase: str | None = None
    ent_types: list[str] = Field(default_factory=list)
    pos: list[str] = Field(default_factory=lambda: ["VERB"])
    forms: list[str] = Field(default_factory=list, description="Allowed lower-case forms of the head.")
    # Conditions on the neighbours of the head.
    needs: list[str] = Field(default_factory=list, description="A dependent's form ('theat*': a prefix; 'dobj:award*': with its relation).")
    excludes: list[str] = Field(
        default_factory=list,
        description="Forms no dependent may have; 'prep:to': a form with its relation (the preposition only).",
    )
    governor: list[str] = Field(default_factory=list, description="Lemmas of the word the head hangs from ('step into': through that preposition).")
    prefix: list[str] = Field(default_factory=list, description="The word before a hyphen ('*': any).")
    within: list[str] = Field(default_factory=list, description="Lemmas one of the words under the head has.")
    next_lower: bool = Field(default=False, description="The next word is lower case ('British director').")
    next_titles: list[str] = Field(
        default_factory=list,
        description="Capitalised words that may follow instead of a lower-case one ('Italian Prime Minister X').",
    )
    unless_modifying: str | list[str] | None = Field(
        default=None, description="A noun class (or several) the head may not modify."
    )
    only_modifying: str | None = Field(
        default=None, description="A noun class the head must modify ('the Leeds-based band X')."
    )
    unless_owned: bool = Field(
        default=False,
        description="No fact when the noun the head describes has a possessor that is no person or pronoun "
        "('Screen International's US editor X': the magazine's US edition, not X's nationality).",
    )
    unless_after: list[str] = Field(
        default_factory=list,
        description="No fact when the noun the head describes has one of these words before the head "
        "('best British male winner X': a category's name, not X's nationality).",
    )
    # The roles and what the facts say.
    roles: dict[Role, RoleSpec]
    require: list[Role] = Field(default_factory=lambda: list[Role](["participants"]))
    predicate: str | None = Field(default=None, description="Another predicate than the frame's.")
    future: str | None = Field(default=None, description="The predicate in a future clause (cast_in).")
    event_clause: bool = Field(
        default=False,
        description="A participle is future when the clause it hangs from is ('Hosted by X, the ceremony will "
        "be broadcast'): the role is played when the event takes place.",
    )
    future_only: bool = Field(
        default=False, description="Only a future clause gives the fact ('the role will be played by X')."
    )
    setting: bool = Field(
        default=False,
        description="The trigger names where its clause happens ('spoke at the debate'): the clause's verb "
        "gives the fact's certainty and tense; a negated clause or a question gives no fact ('did not speak at "
        "the debate' says nothing of being there).",
    )
    certainty: Certainty = "certain"
    ended: bool = Field(default=False, description="The relation is over (ex-husband).")
    starting: bool = Field(
        default=False,
        description="The trigger is the event that begins the relation ('joined', 'was hired by'): its time is "
        "when the relation began (valid_from), also in a frame that is no state.",
    )
    ending: bool = Field(
        default=False,
        description="The trigger is the event that ends the relation ('resigned from', 'quit', 'was sacked by'): "
        "its time is when the state ended (valid_to), not when it began.",
    )
    negated: bool = Field(
        default=False, description="The trigger says it did not happen ('lost out on the award': no win)."
    )
    first: bool = Field(
        default=False, description="The first time it happens (a series began): its time wins over other mentions'."
    )
    background: bool = Field(default=False, description="A description inside a noun phrase: presupposed.")
    joint: bool | None = Field(default=None, description="Overrides the frame's joint setting.")
    arguments: dict[str, str] = Field(default_factory=dict, description="Fixed arguments (role: host).")
    unnamed: str | None = Field(default=None, description="A class of plural nouns announcing works.")
    each_partner: bool = Field(
        default=False,
        description="One fact per partner of the `with` role, each with the participants "
        "('played with X, Y and Z': three collaborations); no partner, no fact.",
    )

    @property
    def unless_modifying_classes(self) -> list[str]:
        """The noun classes of ``unless_modifying``, as a list."""
        value = self.unless_modifying
        return [value] if isinstance(value, str) else list(value or [])

    @model_validator(mode="after")
    def _one_head(self) -> Trigger:
        if sum(map(bool, (self.words, self.phrase, self.ent_types))) != 1:
            raise ValueError("a trigger has either words, a phrase or entity types")
        if "participants" not in self.roles:
            raise ValueError("a trigger must say where its participants come from")
        return self


class Frame(BaseModel):
    """A predicate and the triggers that express it."""

    symmetric: bool = Field(default=False, description="All parties are participants; no object.")
    joint: bool = Field(default=False, description="Coordinated subjects share one fact.")
    state: bool = Field(default=False, description="A lasting relation: gets valid_from / valid_to.")
    ends: list[str] = Field(default_factory=list, description="States this event ends.")
    with_predicate: str | None = Field(
        default=None, description="A 'with' partner makes the parties this predicate too ('wrote X with Y')."
    )
    yields_to: list[str] = Field(
        default_factory=list,
        description="Predicates that win over this one when the same trigger gives both to the same parties "
        "and object: 'the museum's director X' works for the museum, and has not made it.",
    )
    lead_year: bool = Field(
        default=False,
        description="A fact in the second sentence with no time takes the year of the first sentence's "
        "trigger of the frame, when that one's doer is an indefinite description ('A book has won the X "
        "Prize 2004. Y scooped the prize').",
    )
    needs_detail: bool = Field(
        default=False,
        description="A fact of the frame with no object, place nor time states nothing (everyone was born): "
        "none is given ('I have no idea where he was born').",
    )
    changes: bool = Field(
        default=False,
        description="A title the verbs of the classes starting_verbs / ending_verbs predicate ('was appointed "
        "chief executive of Y in 2020', 'resigned as chief executive of Y in May') begins or ends the relation at "
        "its time, as the trigger settings starting / ending do.",
    )
    triggers: list[Trigger]


class CrowdRule(BaseModel):
    """A crowd's speculation about a pair seen together ("set tongues wagging") as a fact."""

    predicate: str
    certainty: Certainty = "possible"
    min_participants: int = 2


class FutureMarkers(BaseModel):
    """Words that put a clause in the future: auxiliaries ("will star") and governors ("set to star")."""

    auxiliaries: frozenset[str]
    governors: frozenset[str]
    progressive_only: frozenset[str] = Field(
        default_factory=frozenset,
        description="Governors that are future only as '-ing' ('is going to star'; not 'went on to star').",
    )
    taking: frozenset[str] = Field(
        default_factory=frozenset,
        description="Verbs whose object noun is as future as they are ('will play the role of X').",
    )


class UnrealConditions(BaseModel):
    """A past-tense condition on a would-clause ("If X was nominated, it would be ..."): no fact."""

    marks: frozenset[str] = frozenset()
    modals: frozenset[str] = frozenset()
    #: nouns whose "where" clause imagines a situation ("a double standard where X can get the award")
    situations: frozenset[str] = frozenset()
    #: modals whose perfect says it did not happen ("she should have been nominated", "would have won")
    perfect_modals: frozenset[str] = frozenset()


class FrameLexicon(BaseModel):
    """``frames.yaml``."""

    classes: dict[str, frozenset[str]] = Field(default_factory=dict, description="Word classes.")
    role_types: dict[Role, list[EntityType]]
    future: FutureMarkers
    unreal: UnrealConditions = Field(default_factory=UnrealConditions)
    presupposing: frozenset[str] = Field(default_factory=frozenset, description="'despite', 'after' ...")
    presupposing_past: frozenset[str] = Field(default_factory=frozenset, description="'when', in the past")
    presupposing_nouns: frozenset[str] = Field(default_factory=frozenset, description="'the fact that ...'")
    shared: dict[str, Any] = Field(default_factory=dict, description="Blocks reused through YAML anchors.")
    frames: dict[str, Frame]
    crowd: CrowdRule | None = None
    party_initials: frozenset[str] = Field(
        default_factory=frozenset, description="Party letters of '(D-Calif.)' after a member of Congress's name."
    )
    party_states: dict[str, list[str]] = Field(
        default_factory=dict, description="Each US state and the forms '(D-Calif.)' writes it in (lower case)."
    )

    @functools.cached_property
    def state_forms(self) -> dict[str, str]:
        """Each written form of a state (lower case) and the state's name."""
        return {form: state for state, forms in self.party_states.items() for form in forms}

    @model_validator(mode="after")
    def _known_names(self) -> FrameLexicon:
        known = _TEXT_KINDS | set(self.classes)
        for name, frame in self.frames.items():
            for trigger in frame.triggers:
                named = [word for spec in trigger.roles.values()
                         for word in (spec.text, spec.unless, spec.unless_last, spec.only_last)]
                for word_class in [*named, *trigger.unless_modifying_classes, trigger.only_modifying, trigger.unnamed]:
                    if word_class is not None and word_class not in known:
                        raise ValueError(f"frame {name}: unknown word class {word_class!r}")
            for ended in frame.ends:
                if ended not in self.frames:
                    raise ValueError(f"frame {name}: ends unknown frame {ended!r}")
            if frame.with_predicate is not None and frame.with_predicate not in self.frames:
                raise ValueError(f"frame {name}: with_predicate names unknown frame {frame.with_predicate!r}")
        return self


def frame_lexicon() -> FrameLexicon:
    """The frame lexicon, validated and cached per process."""
    return load_lexicon("frames.yaml", FrameLexicon)


@functools.lru_cache(maxsize=1)
def triggers_by_word() -> dict[str, list[tuple[str, Trigger]]]:
    """Single-word triggers indexed by each of their words (and entity triggers by "@LABEL")."""
    index: dict[str, list[tuple[str, Trigger]]] = defaultdict(list)
    for name, frame in frame_lexicon().frames.items():
        for trigger in frame.triggers:
            for word in trigger.words:
                index[word.lower()].append((name, trigger))
            for label in trigger.ent_types:
                index[f"@{label}"].append((name, trigger))
    return dict(index)


def countries() -> dict[str, str]:
    """Nationality words (lower case) and the country each names, from the entities stage's demonyms."""
    return _countries()


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    return {word.lower(): country for word, country in demonyms().demonyms.items()}
