"""The data files of the times stage (``dateline/data/times/*.yaml``) as validated models."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from dateline.lexicons import load_lexicon

__all__ = [
    "CalendarLexicon",
    "Holiday",
    "HolidayLexicon",
    "ModifierLexicon",
    "NamedEvent",
    "NumberLexicon",
    "Offset",
    "ReferenceLexicon",
    "Rule",
    "RuleLexicon",
    "TenseLexicon",
    "TimesLexicon",
    "Unit",
    "load_times_lexicon",
]

RuleKind = Literal["point", "duration", "offset", "set", "ref"]
ReferenceValue = Literal["PRESENT_REF", "PAST_REF", "FUTURE_REF"]
Mod = Literal["START", "MID", "END", "APPROX", "MORE_THAN", "EQUAL_OR_MORE", "LESS_THAN", "EQUAL_OR_LESS"]


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Named(_Entry):
    """A vocabulary entry: the words that name it."""

    names: list[str] = Field(min_length=1)


class Month(Named):
    number: int = Field(ge=1, le=12)
    abbreviations: list[str] = Field(default_factory=list)
    case_sensitive: bool = False


class Weekday(Named):
    number: int = Field(ge=1, le=7)
    abbreviations: list[str] = Field(default_factory=list)


class Coded(Named):
    code: str


class PartOfDay(Coded):
    """A part of the day; an hour from ``pm_from`` to 11 named with it is p.m. ("8 in the evening")."""

    pm_from: int | None = Field(default=None, ge=1, le=12)


class Season(Coded):
    months: list[int] = Field(min_length=1)


class ClockWord(Named):
    time: str = Field(pattern=r"^[0-2][0-9]:[0-5][0-9]$")


class Unit(Named):
    """A unit of duration: TIMEX3 code, multiplier and the code of an unspecified number."""

    code: Literal["S", "M", "H", "D", "WE", "W", "Q", "Y"]
    time: bool = False
    factor: int = 1
    vague: str | None = None
    article: bool = True
    fraction: bool = False


class TimeZone(Named):
    offset: str | None


class CalendarLexicon(_Entry):
    months: list[Month]
    weekdays: list[Weekday]
    weekday_names_before: list[str]
    broadcast_nouns_after: list[str]
    schedule_words_between: list[str]
    contractions_before_titles: list[str]
    seasons: list[Season]
    parts_of_day: list[PartOfDay]
    clock_words: list[ClockWord]
    units: list[Unit]
    time_zones: list[TimeZone]


class NumberLexicon(_Entry):
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    articles: dict[str, float]
    vague: list[str]
    decade_words: dict[str, int]
    multiples: dict[str, int]
    ordinals: dict[str, int]


class NthWeekday(_Entry):
    month: int = Field(ge=1, le=12)
    weekday: int = Field(ge=1, le=7)
    n: int = Field(ge=-5, le=5)
    after_day: int = 0
    plus_days: int = 0


class Holiday(Named):
    """A named day and the one rule that dates it in a given year."""

    date: tuple[int, int] | None = None
    nth_weekday: NthWeekday | None = None
    easter: int | None = None
    varies: bool = False

    @model_validator(mode="after")
    def _one_rule(self) -> Holiday:
        rules = [self.date, self.nth_weekday, self.easter, self.varies or None]
        if sum(rule is not None for rule in rules) != 1:
            raise ValueError("give exactly one of date, nth_weekday, easter, varies")
        return self


class NamedEvent(_Entry):
    """A past event named by its date: its day, the names that name it alone ("9/11"), the names that
    name it only before one of its nouns ("the D-Day landings"), and the nouns after its month and day
    that make them name it ("the Sept. 11 attacks")."""

    day: tuple[int, int, int]
    names: list[str] = Field(default_factory=list)
    names_before_nouns: list[str] = Field(default_factory=list)
    nouns: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _a_real_day(self) -> NamedEvent:
        dt.date(*self.day)  # rejects 31 September
        return self


class HolidayLexicon(_Entry):
    objects_after: list[str]
    holidays: list[Holiday]
    named_events: list[NamedEvent] = Field(default_factory=list)
    capitals_before_events: list[str] = Field(default_factory=list)


class DeicticDay(Named):
    days: int
    part: str | None = None
    nowadays: bool = False


class ReferenceLexicon(_Entry):
    references: dict[ReferenceValue, list[str]]
    attributive_references: dict[ReferenceValue, list[str]]
    modal_references: dict[ReferenceValue, list[str]] = {}
    deictic_days: list[DeicticDay]
    idioms: list[str] = []


class Step(Named):
    step: int


class Offset(Named):
    """A word after "N units" that turns it into a point ("ago", "later")."""

    direction: Literal[-1, 1]
    anchor: Literal["document", "discourse"]
    extent: Literal["include", "signal"]
    takes_event: bool = False


class SetQuantifier(Named):
    quant: str | None


class SetWord(Named):
    value: str


class ModifierLexicon(_Entry):
    point_mods: dict[Mod, list[str]]
    quantity_mods: dict[Mod, list[str]]
    date_mods: dict[Mod, list[str]]
    relative: list[Step]
    discourse_relative: list[Step]
    offsets: list[Offset]
    set_quantifiers: list[SetQuantifier]
    set_words: list[SetWord]
    range_joiners: list[str] = []
    span_openers: list[str] = []
    signal_comparisons: list[str] = []
    apposition_adverbs: list[str] = []
    event_back_references: list[str] = []
    event_time_openers: list[str] = []
    event_clause_breaks: list[str] = []
    event_openers: list[str] = []
    source_openers: list[str] = []
    comparisons: list[str] = []
    clause_subjects: list[str] = []
    copulas: list[str] = []


class TenseLexicon(_Entry):
    future: list[str]
    past: list[str]
    not_past: list[str]
    passive_auxiliaries: list[str] = []
    neutral: list[str] = []
    determiners: list[str] = []
    adverbs: list[str] = []
    abbreviations: list[str] = []
    governing: list[str] = []
    planning: list[str] = []
    not_scheduled: list[str] = []
    planning_objects: list[str] = []
    intentions: list[str] = []
    speech_future: list[str] = []
    general_present: list[str] = []
    speaker_subjects: list[str] = []
    clause_openers: list[str] = []
    speech_verbs: list[str] = []
    scheduled_events: list[str] = []


class Rule(_Entry):
    """One pattern of rules.yaml and the normaliser that reads its slots."""

    name: str
    kind: RuleKind
    pattern: str


class RuleLexicon(_Entry):
    macros: dict[str, str]
    rules: list[Rule]


@dataclass(frozen=True)
class TimesLexicon:
    """All the data files of the times stage."""

    calendar: CalendarLexicon
    numbers: NumberLexicon
    holidays: HolidayLexicon
    references: ReferenceLexicon
    modifiers: ModifierLexicon
    tense: TenseLexicon
    rules: RuleLexicon


@functools.lru_cache(maxsize=1)
def load_times_lexicon() -> TimesLexicon:
    """Read and validate the data files of the times stage (once per process)."""
    return TimesLexicon(
        calendar=load_lexicon("times/calendar.yaml", CalendarLexicon),
        numbers=load_lexicon("times/numbers.yaml", NumberLexicon),
        holidays=load_lexicon("times/holidays.yaml", HolidayLexicon),
        references=load_lexicon("times/references.yaml", ReferenceLexicon),
        modifiers=load_lexicon("times/modifiers.yaml", ModifierLexicon),
        tense=load_lexicon("times/tense.yaml", TenseLexicon),
        rules=load_lexicon("times/rules.yaml", RuleLexicon),
    )
