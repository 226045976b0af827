"""The vocabulary slots of the grammar: one regex per slot, built as a trie, and what each word means.

A slot's words become one regular expression shaped like a trie (``feb(?:ruary)?``): the regex
engine then tests a word's first letters once instead of once per word, which is what keeps the
stage fast on raw text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from dateline.stages.times.lexicon import TimesLexicon

__all__ = ["GAP", "Vocabulary", "build_vocabulary", "holiday_key", "trie_regex", "word_key"]

#: The space between two words of an expression (the tagger drops matches that cross a blank line).
GAP = r"\s+"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
_CHARACTER = {" ": GAP, "'": "['’]", "-": r"\s*-\s*"}
_POSSESSIVE = r"(?:['’]s|s['’]?)?"
Tokens = tuple[str, ...]


def word_key(text: str) -> str:
    """The lookup form of a matched word: lower case, one space, straight apostrophes, no final stop."""
    return " ".join(text.translate(_APOSTROPHES).lower().split()).rstrip(".")


def holiday_key(text: str) -> str:
    """The lookup form of a holiday name: "Valentine's Day", "Valentines Day" and "Valentine Day" are one."""
    words = word_key(text).replace("'", "").split()
    return " ".join(word[:-1] if word.endswith("s") and len(word) > 3 else word for word in words)


def _tokens(phrase: str, *, abbreviation: bool = False) -> Tokens:
    text = " ".join(phrase.translate(_APOSTROPHES).split())
    tokens = tuple(_CHARACTER.get(char, re.escape(char)) for char in text)
    return (*tokens, r"\.?") if abbreviation else tokens


def _holiday_tokens(phrase: str) -> Tokens:
    tokens: list[str] = []
    for index, word in enumerate(phrase.translate(_APOSTROPHES).lower().split()):
        if index:
            tokens.append(r"\s+")
        if word.endswith(("'s", "s'")):
            tokens.extend((*(re.escape(char) for char in word[:-2]), _POSSESSIVE))
        else:
            tokens.extend("['’]?" if char == "'" else re.escape(char) for char in word)
    return tuple(tokens)


def trie_regex(sequences: Iterable[Tokens]) -> str:
    """One regex matching any of the token sequences, longest first where one extends another."""
    trie: dict[str, Any] = {}
    for sequence in sequences:
        node = trie
        for token in sequence:
            node = node.setdefault(token, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict[str, Any]) -> str:
    branches = [token + _emit(child) for token, child in sorted(node.items()) if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@dataclass
class _Slot:
    folded: set[Tokens] = field(default_factory=set)
    exact: set[Tokens] = field(default_factory=set)

    def regex(self) -> str:
        parts = []
        if self.folded:
            parts.append(trie_regex(self.folded))
        if self.exact:
            parts.append(f"(?-i:{trie_regex(self.exact)})")
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class Vocabulary:
    """The regex of each vocabulary slot and the meaning of each of its words (by :func:`word_key`)."""

    regexes: dict[str, str]
    meanings: dict[str, dict[str, Any]]


class _Builder:
    def __init__(self) -> None:
        self.slots: dict[str, _Slot] = {}
        self.meanings: dict[str, dict[str, Any]] = {}

    def add(
        self, slot: str, name: str, meaning: Any, *, case_sensitive: bool = False, abbreviation: bool = False
    ) -> None:
        entry = self.slots.setdefault(slot, _Slot())
        if case_sensitive:
            entry.exact.add(_tokens(name, abbreviation=abbreviation))
            entry.exact.add(_tokens(name.upper(), abbreviation=abbreviation))
        else:
            entry.folded.add(_tokens(name.lower(), abbreviation=abbreviation))
        self.meanings.setdefault(slot, {})[word_key(name)] = meaning

    def add_words(self, slot: str, words: Iterable[str]) -> None:
        entry = self.slots.setdefault(slot, _Slot())
        entry.folded.update(_tokens(word.lower()) for word in words)


def build_vocabulary(lexicon: TimesLexicon) -> Vocabulary:
    """The vocabulary slots of the data files: month, weekday, unit, holiday, ref, rel, num ..."""
    builder = _Builder()
    _calendar(builder, lexicon)
    _numbers(builder, lexicon)
    _words(builder, lexicon)
    holidays = _Slot()
    holiday_meanings: dict[str, Any] = {}
    for holiday in lexicon.holidays.holidays:
        for name in holiday.names:
            holidays.folded.add(_holiday_tokens(name))
            holiday_meanings[holiday_key(name)] = holiday
    _named_events(builder, lexicon)
    regexes = {slot: entry.regex() for slot, entry in builder.slots.items()}
    regexes["holiday"] = holidays.regex()
    regexes["count"] = _count_regex(regexes)
    regexes["num"] = f"(?:{regexes['count']}|{regexes['article']})"
    return Vocabulary(regexes=regexes, meanings={**builder.meanings, "holiday": holiday_meanings})


def _calendar(builder: _Builder, lexicon: TimesLexicon) -> None:
    calendar = lexicon.calendar
    for month in calendar.months:
        for name in month.names:
            builder.add("month", name, month.number, case_sensitive=month.case_sensitive)
            # "May" and "March" alone are months only after a preposition (not "Brian May said").
            slot = "month_ambiguous" if month.case_sensitive else "month_name"
            builder.add(slot, name, month.number, case_sensitive=month.case_sensitive)
        for name in month.abbreviations:
            builder.add("month", name, month.number, case_sensitive=True, abbreviation=True)
    for weekday in calendar.weekdays:
        for name in weekday.names:
            builder.add("weekday", name, weekday.number)
        for name in weekday.abbreviations:
            builder.add("weekday_abbr", name, weekday.number, case_sensitive=True, abbreviation=True)
    for season in calendar.seasons:
        for name in season.names:
            builder.add("season", name, season.code)
    for part in calendar.parts_of_day:
        for name in part.names:
            builder.add("pod", name, part.code)
    for clock_word in calendar.clock_words:
        for name in clock_word.names:
            builder.add("clockword", name, clock_word.time)
    for unit in calendar.units:
        for name in unit.names:
            builder.add("unit", name, unit)
    for zone in calendar.time_zones:
        for name in zone.names:
            builder.add("tz", name, zone.offset or "", case_sensitive=True)


def _numbers(builder: _Builder, lexicon: TimesLexicon) -> None:
    numbers = lexicon.numbers
    for name, value in numbers.articles.items():
        builder.add("article", name, value)
    for name in numbers.vague:
        builder.add("vague", name, "X")
    for name, value in numbers.decade_words.items():
        builder.add("decade_word", name, value)
    for name, value in numbers.multiples.items():
        builder.add("multiple", name, value)
    for name, value in numbers.ordinals.items():
        builder.add("ord", name, value)
    builder.add_words("units_word", numbers.units)
    builder.add_words("tens_word", numbers.tens)
    builder.add_words("scale_word", numbers.scales)


def _words(builder: _Builder, lexicon: TimesLexicon) -> None:
    references = lexicon.references
    for value, phrases in references.references.items():
        for phrase in phrases:
            builder.add("ref", phrase, value)
    for value, phrases in references.attributive_references.items():
        for phrase in phrases:
            builder.add("aref", phrase, value)
    for value, phrases in references.modal_references.items():
        for phrase in phrases:
            builder.add("mref", phrase, value)
    for deictic in references.deictic_days:
        for name in deictic.names:
            builder.add("deictic", name, deictic)
    modifiers = lexicon.modifiers
    for mod, phrases in modifiers.point_mods.items():
        for phrase in phrases:
            builder.add("pmod", phrase, mod)
    for mod, phrases in modifiers.quantity_mods.items():
        for phrase in phrases:
            builder.add("qmod", phrase, mod)
    for mod, phrases in modifiers.date_mods.items():
        for phrase in phrases:
            builder.add("dmod", phrase, mod)
    for step in modifiers.relative:
        for name in step.names:
            builder.add("rel", name, step.step)
    for step in modifiers.discourse_relative:
        for name in step.names:
            builder.add("drel", name, step.step)
    for offset in modifiers.offsets:
        for name in offset.names:
            builder.add("offset", name, offset)
    for quantifier in modifiers.set_quantifiers:
        for name in quantifier.names:
            builder.add("setq", name, quantifier.quant)
    for set_word in modifiers.set_words:
        for name in set_word.names:
            builder.add("setword", name, set_word.value)


def _named_events(builder: _Builder, lexicon: TimesLexicon) -> None:
    """The names of past events ("9/11"; "D-Day", only before a noun) and the nouns that follow them."""
    for event in lexicon.holidays.named_events:
        for name in event.names:
            builder.add("event", name, event)
        for name in event.names_before_nouns:
            builder.add("event_before_noun", name, event)
        builder.add_words("event_noun", event.nouns)
    for slot in ("event", "event_before_noun", "event_noun"):
        builder.slots.setdefault(slot, _Slot(folded={_NEVER}))


# A slot of no words (a user's file lists no event names): it matches nothing, yet starts with known
# characters, as the tagger's routes need of every rule.
_NEVER: Tokens = (r"\x00", r"\x00", r"\x00", "(?!)")


def _count_regex(regexes: dict[str, str]) -> str:
    """A number in digits ("5 1/2") or words ("twenty-four", "two hundred", "two and a half")."""
    units, tens, scales = regexes["units_word"], regexes["tens_word"], regexes["scale_word"]
    words = rf"(?:{tens}(?:(?:\s*-\s*|{GAP}){units})?|{units})(?:{GAP}{scales})?"
    digits = rf"[0-9]{{1,3}}(?:\.[0-9]+)?(?:{GAP}[0-9]/[0-9]{{1,2}})?|[0-9]/[0-9]{{1,2}}"  # 1988 is no count
    half = rf"(?:{GAP}and{GAP}a{GAP}half)?"
    return f"(?:(?:{digits}|{words}){half})"
