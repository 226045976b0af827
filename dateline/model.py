"""The analysis contract, ``dateline.analysis/1``.

One :class:`Analysis` per document. Field names listed in the contract (docs/contract.md) are fixed;
later versions only add fields. Every span is a pair of character offsets into ``document.text``
(Python string indices, ``end`` exclusive).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr
from pydantic.json_schema import GenerateJsonSchema

from dateline.errors import DocumentError

__all__ = [
    "SCHEMA_ID",
    "SCHEMA_URI",
    "Analysis",
    "Attribute",
    "Attribution",
    "AttributionSource",
    "Document",
    "Entity",
    "EntityType",
    "Evidence",
    "Fact",
    "Factuality",
    "Mention",
    "MentionKind",
    "Span",
    "Tense",
    "Time",
    "TimeType",
    "document_id_for",
    "normalise_text",
]

SCHEMA_ID: Final = "dateline.analysis/1"
#: The JSON Schema's ``$id``: an identifier, not an address to fetch (``.invalid`` resolves nowhere).
SCHEMA_URI: Final = "https://dateline.invalid/schema/analysis-1.json"

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "WORK", "EVENT", "NORP", "OTHER"]
MentionKind = Literal["name", "pronoun", "nominal", "group"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
Polarity = Literal["positive", "negative"]
Certainty = Literal["certain", "probable", "possible"]
AttributionKind = Literal["direct", "indirect", "mixed"]
Tense = Literal["past", "present", "future"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Span(_Record):
    """A stretch of the document text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Evidence(_Record):
    """A stretch of the document text given as offsets only."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


def normalise_text(text: str) -> str:
    """The form of an article's text that its content hash is computed on.

    NFC, line endings as ``\\n``, runs of blanks inside a line reduced to one space, outer blank
    lines stripped: two copies of an article that differ only in such details get one id.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(lines).strip()


def document_id_for(text: str) -> str:
    """The id of a document that has none: the SHA-256 of its normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


class Document(_Record):
    """An article as ingested: metadata plus the text every span points into."""

    id: str = Field(min_length=1)
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    sha256: str
    text: str
    # Where the readers found the document, (input, location): ("news.jsonl", "line 5"), so that an error
    # about it (an id given to two texts) names the file and line, not only the id. Not part of the
    # contract: never serialised, and two documents read from two places are still equal.
    _origin: tuple[str, str | None] | None = PrivateAttr(default=None)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        return self.__dict__ == other.__dict__

    @property
    def origin(self) -> tuple[str, str | None] | None:
        """Where the document was read from, (input, location), when a reader set it."""
        return self._origin

    def found_in(self, input: str, location: str | None = None) -> Document:
        """This document, noted as read from ``input`` (at ``location``: "line 5", "item 2")."""
        self._origin = (input, location)
        return self

    def error(self, message: str) -> DocumentError:
        """An error about this document, naming the input and line it was read from, else its id."""
        input, location = self._origin or (self.id, None)
        return DocumentError(message, input=input, location=location)

    @classmethod
    def create(
        cls,
        text: str,
        *,
        id: str | None = None,
        title: str | None = None,
        date: dt.date | None = None,
        source: str | None = None,
        url: str | None = None,
    ) -> Document:
        """Build a document, computing its hash and, when no id is given, its id."""
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return cls(
            id=id or document_id_for(text),
            title=title,
            date=date,
            source=source,
            url=url,
            sha256=sha,
            text=text,
        )


class Mention(_Record):
    """One place where an entity is named or referred to."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    kind: MentionKind = "name"
    group: str | None = Field(
        default=None,
        description="For kind 'group': the id shared by the mentions of one group span (e.g. 'G1').",
    )


class Attribute(_Record):
    """A property of an entity stated in the text, true as of ``as_of``."""

    name: str
    value: str
    as_of: dt.date | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    interval: str | None = Field(
        default=None,
        description="For derived values such as birth_date: an ISO interval 'YYYY-MM-DD/YYYY-MM-DD'.",
    )
    conflicts_with: list[int] = Field(
        default_factory=list,
        description="Indices (in this entity's attributes) of values that cannot all be true with this one.",
    )


class Entity(_Record):
    """A person, organisation, place, work ... with all its mentions in one document."""

    id: str
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    attributes: list[Attribute] = Field(default_factory=list)


class Time(_Record):
    """A TIMEX3 temporal expression with its normalised value."""

    id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    type: TimeType
    value: str
    anchor: str | None = Field(
        default=None,
        description="What the value was computed from: 'DCT' (the document date), a time id, or null.",
    )
    resolved: str | None = Field(
        default=None,
        description="For a duration anchored to an event or time ('two years later'): the point it reaches.",
    )
    mod: str | None = None
    freq: str | None = None
    quant: str | None = None


class AttributionSource(_Record):
    """Who an attributed statement comes from."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    entity: str | None = Field(default=None, description="Id of the entity the source names or refers to.")
    anonymous: bool = False
    via: str | None = Field(default=None, description="Id of the ORG entity (outlet) the source spoke through.")
    outlet: Span | None = Field(
        default=None,
        description="Where the text names the outlet the source spoke through ('told DailyMail.com'), "
        "whether or not the entities stage made it an entity.",
    )
    ref: str | None = Field(
        default=None,
        description="Identity of the source within the document, shared by all its attributions: the entity "
        "id, or a synthetic 'S1', 'S2' ... for a source that is no entity (an anonymous insider and 'the source' "
        "that refers back to it share one).",
    )
    crowd: bool = Field(
        default=False,
        description="The source is the public rather than a particular one ('set tongues wagging', 'fans "
        "speculate'); such a source is also anonymous.",
    )


class Factuality(_Record):
    """How a statement is presented: its polarity, certainty and the cue words that say so."""

    polarity: Polarity = "positive"
    certainty: Certainty = "certain"
    commitment: str | None = Field(
        default=None, description="The source's commitment from the cue: confirmed, claimed, speculated ..."
    )
    cues: list[Span] = Field(default_factory=list)


class Attribution(_Record):
    """A quote, reported speech or 'according to' construction (PARC/PolNeAR roles)."""

    id: str
    kind: AttributionKind
    source: AttributionSource | None = None
    cue: Span | None = None
    content: list[Span] = Field(default_factory=list)
    parent: str | None = Field(default=None, description="For nested attributions: the enclosing one.")
    factuality: Factuality = Field(default_factory=Factuality)


class Fact(_Record):
    """An event or relation with its participants, place, time, source and certainty."""

    id: str
    predicate: str
    participants: list[str] = Field(default_factory=list)
    object: str | None = None
    place: str | None = None
    time: str | None = Field(default=None, description="Normalised TIMEX3 value (or resolved point) of the fact.")
    time_ref: str | None = Field(default=None, description="Id of the time expression the value comes from.")
    valid_from: str | None = None
    valid_to: str | None = None
    polarity: Polarity = "positive"
    certainty: Certainty = "certain"
    tense: Tense | None = Field(
        default=None,
        description="The tense of the trigger's clause: past ('married', 'has won'), present ('is dating'), "
        "future ('will marry', 'is set to star', 'may wed'); null when the clause does not say.",
    )
    asserted_by: str = "author"
    trigger: Span
    evidence: Evidence
    arguments: dict[str, str] = Field(default_factory=dict, description="Other roles, e.g. role, origin.")
    cues: list[Span] = Field(default_factory=list, description="Factuality cue words (evidence of certainty).")


class Analysis(_Record):
    """Everything dateline extracted from one document."""

    schema_: Literal["dateline.analysis/1"] = Field(default=SCHEMA_ID, alias="schema")
    document: Document
    entities: list[Entity] = Field(default_factory=list)
    times: list[Time] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    analyser: str | None = Field(default=None, description="dateline version and pipeline that made it.")

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self, *, indent: int | None = None) -> str:
        """The analysis as contract JSON."""
        return self.model_dump_json(by_alias=True, indent=indent)

    def to_dict(self) -> dict[str, object]:
        """The analysis as a JSON-ready dict."""
        return self.model_dump(mode="json", by_alias=True)

    @classmethod
    def json_schema(cls) -> dict[str, object]:
        """The published JSON Schema of the contract, naming its draft (``$schema``: the 2020-12 dialect
        pydantic writes) so a validator need not guess it, and its identifier (``$id``)."""
        schema = cls.model_json_schema(by_alias=True)
        schema["title"] = SCHEMA_ID
        return {"$schema": GenerateJsonSchema.schema_dialect, "$id": SCHEMA_URI, **schema}
