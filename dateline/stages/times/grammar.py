"""Compiling rules.yaml and the vocabulary into regular expressions (once per process).

A rule's ``{slot}`` placeholders become named groups; the vocabulary slots match the words of the
data files, and :meth:`Grammar.meaning` maps a matched word back to what it means.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from dateline.errors import LexiconError
from dateline.stages.times.lexicon import TimesLexicon, load_times_lexicon

__all__ = ["CompiledRule", "Grammar", "load_grammar", "word_key"]

_PLACEHOLDER = re.compile(r"\{(_?[a-z][a-z0-9_]*)\}")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
# A match may not continue a word, a number or an amount.
_BEFORE = r"(?<![\w$£€@#])"
_AFTER = r"(?![\w])"


def word_key(text: str) -> str:
    """The lookup form of a matched word: lower case, one space, straight apostrophes, no final stop."""
    return " ".join(text.translate(_APOSTROPHES).lower().split()).rstrip(".")


def _holiday_key(text: str) -> str:
    # "Valentine's Day", "Valentines Day" and "Valentine Day" are one holiday.
    words = word_key(text).replace("'", "").split()
    return " ".join(word[:-1] if word.endswith("s") and len(word) > 3 else word for word in words)


@dataclass(frozen=True)
class CompiledRule:
    """A rule of rules.yaml, compiled; ``priority`` is its place in the file (lower wins ties)."""

    name: str
    kind: str
    regex: re.Pattern[str]
    priority: int


@dataclass(frozen=True)
class Grammar:
    """The compiled rules and the meaning of every vocabulary word, per slot."""

    rules: tuple[CompiledRule, ...]
    words: dict[str, dict[str, Any]]
    lexicon: TimesLexicon

    def meaning(self, slot: str, text: str) -> Any:
        """What the word ``text`` matched by vocabulary slot ``slot`` stands for (None if unknown)."""
        table = self.words.get(slot, {})
        key = _holiday_key(text) if slot == "holiday" else word_key(text)
        return table.get(key)


def _phrase_regex(phrase: str, *, case_sensitive: bool = False, abbreviation: bool = False) -> str:
    words = phrase.translate(_APOSTROPHES).split()
    body = r"\s+".join(re.escape(word).replace("'", "['’]") for word in words)
    body = body.replace(r"\-", r"\s*-\s*")
    if abbreviation:
        body += r"\.?"
    if case_sensitive:
        capital = r"\s+".join(re.escape(word.upper()) for word in words)
        return f"(?-i:{body}|{capital})"
    return body


def _holiday_regex(phrase: str) -> str:
    parts = []
    for word in phrase.translate(_APOSTROPHES).split():
        if word.endswith("'s") or word.endswith("s'"):
            parts.append(re.escape(word[:-2]) + r"(?:['’]s|s['’]?)?")
        else:
            parts.append(re.escape(word).replace("'", "['’]?"))
    return r"\s+".join(parts)


def _alternation(regexes: Iterable[tuple[str, str]]) -> str:
    """One alternation of (key, regex) pairs, longest key first so that the longest name wins."""
    ordered = sorted(set(regexes), key=lambda pair: (-len(pair[0]), pair[0]))
    return "(?:" + "|".join(regex for _, regex in ordered) + ")"


def _vocabulary(lexicon: TimesLexicon) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    """Regexes and meanings of the vocabulary slots."""
    patterns: dict[str, list[tuple[str, str]]] = {}
    words: dict[str, dict[str, Any]] = {}

    def add(slot: str, name: str, meaning: Any, **options: bool) -> None:
        patterns.setdefault(slot, []).append((name, _phrase_regex(name, **options)))
        words.setdefault(slot, {})[word_key(name)] = meaning

    calendar = lexicon.calendar
    for month in calendar.months:
        for name in month.names:
            add("month", name, month.number, case_sensitive=month.case_sensitive)
            add("month_name", name, month.number, case_sensitive=month.case_sensitive)
        for name in month.abbreviations:
            add("month", name, month.number, case_sensitive=True, abbreviation=True)
    for weekday in calendar.weekdays:
        for name in weekday.names:
            add("weekday", name, weekday.number)
        for name in weekday.abbreviations:
            add("weekday_abbr", name, weekday.number, case_sensitive=True, abbreviation=True)
    for season in calendar.seasons:
        for name in season.names:
            add("season", name, season.code)
    for part in calendar.parts_of_day:
        for name in part.names:
            add("pod", name, part.code)
    for clock_word in calendar.clock_words:
        for name in clock_word.names:
            add("clockword", name, clock_word.time)
    for unit in calendar.units:
        for name in unit.names:
            add("unit", name, unit)
    for zone in calendar.time_zones:
        for name in zone.names:
            add("tz", name, zone.offset or "", case_sensitive=True)

    numbers = lexicon.numbers
    for name, value in numbers.articles.items():
        add("article", name, value)
    for name in numbers.vague:
        add("vague", name, "X")
    for name, value in numbers.multiples.items():
        add("multiple", name, value)
    for name, value in numbers.ordinals.items():
        add("ord", name, value)

    for holiday in lexicon.holidays.holidays:
        for name in holiday.names:
            patterns.setdefault("holiday", []).append((name, _holiday_regex(name)))
            words.setdefault("holiday", {})[_holiday_key(name)] = holiday

    references = lexicon.references
    for value, phrases in references.references.items():
        for phrase in phrases:
            add("ref", phrase, value)
    for value, phrases in references.attributive_references.items():
        for phrase in phrases:
            add("aref", phrase, value)
    for deictic in references.deictic_days:
        for name in deictic.names:
            add("deictic", name, deictic)

    modifiers = lexicon.modifiers
    for mod, phrases in modifiers.point_mods.items():
        for phrase in phrases:
            add("pmod", phrase, mod)
    for mod, phrases in modifiers.quantity_mods.items():
        for phrase in phrases:
            add("qmod", phrase, mod)
    for step in modifiers.relative:
        for name in step.names:
            add("rel", name, step.step)
    for step in modifiers.discourse_relative:
        for name in step.names:
            add("drel", name, step.step)
    for offset in modifiers.offsets:
        for name in offset.names:
            add("offset", name, offset)
    for quantifier in modifiers.set_quantifiers:
        for name in quantifier.names:
            add("setq", name, quantifier.quant)
    for set_word in modifiers.set_words:
        for name in set_word.names:
            add("setword", name, set_word.value)

    regexes = {slot: _alternation(pairs) for slot, pairs in patterns.items()}
    regexes["units_word"] = _alternation((word, re.escape(word)) for word in numbers.units)
    regexes["tens_word"] = _alternation((word, re.escape(word)) for word in numbers.tens)
    regexes["num"] = _number_regex(lexicon, regexes)
    return regexes, words


def _number_regex(lexicon: TimesLexicon, regexes: dict[str, str]) -> str:
    units, tens, articles = regexes["units_word"], regexes["tens_word"], regexes["article"]
    scales = _alternation((word, re.escape(word)) for word in lexicon.numbers.scales)
    word = rf"(?:{tens}(?:(?:\s*-\s*|\s+){units})?|{units})(?:\s+{scales})?"
    digits = r"[0-9]+(?:\.[0-9]+)?(?:\s+[0-9]/[0-9]{1,2})?|[0-9]/[0-9]{1,2}"
    return f"(?:{digits}|{word}|{articles})"


def _spaces(pattern: str) -> str:
    """A space in a pattern matches any run of whitespace (inside a character class, one)."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif char == "[" and not in_class:
            in_class = True
            out.append(char)
        elif char == "]" and in_class:
            in_class = False
            out.append(char)
        elif char == " ":
            out.append(r"\s" if in_class else r"\s+")
        else:
            out.append(char)
    return "".join(out)


class _Expander:
    """Replaces placeholders: slots by named groups (numbered when repeated), macros by their regex."""

    def __init__(self, macros: dict[str, str], vocabulary: dict[str, str]) -> None:
        self.sources = {**vocabulary, **{name: _spaces(regex) for name, regex in macros.items()}}
        self.plain: dict[str, str] = {}

    def plain_regex(self, name: str, seen: tuple[str, ...] = ()) -> str:
        """The regex of macro or slot ``name`` without groups for its own placeholders."""
        if name in self.plain:
            return self.plain[name]
        key = name.lstrip("_")
        source = self.sources.get(name, self.sources.get(key))
        if source is None:
            raise LexiconError(f"data file times/rules.yaml: unknown placeholder {{{name}}}")
        if name in seen:
            raise LexiconError(f"data file times/rules.yaml: macro {{{name}}} refers to itself")
        regex = _PLACEHOLDER.sub(lambda m: self.plain_regex(m.group(1), (*seen, name)), source)
        self.plain[name] = regex
        return regex

    def rule_regex(self, pattern: str) -> str:
        counts: dict[str, int] = {}

        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            regex = self.plain_regex(name)
            if name.startswith("_"):
                return f"(?:{regex})"
            counts[name] = counts.get(name, 0) + 1
            group = name if counts[name] == 1 else f"{name}__{counts[name]}"
            return f"(?P<{group}>{regex})"

        return _PLACEHOLDER.sub(replace, _spaces(pattern))


def _compile(lexicon: TimesLexicon, vocabulary: dict[str, str]) -> Iterator[CompiledRule]:
    expander = _Expander(lexicon.rules.macros, vocabulary)
    for priority, rule in enumerate(lexicon.rules.rules):
        regex = f"{_BEFORE}(?:{expander.rule_regex(rule.pattern)}){_AFTER}"
        try:
            compiled = re.compile(regex, re.IGNORECASE)
        except re.error as error:
            raise LexiconError(f"data file times/rules.yaml: entry {rule.name}: bad pattern ({error})") from error
        yield CompiledRule(name=rule.name, kind=rule.kind, regex=compiled, priority=priority)


@functools.lru_cache(maxsize=1)
def load_grammar() -> Grammar:
    """The compiled grammar of the times stage (cached per process)."""
    lexicon = load_times_lexicon()
    vocabulary, words = _vocabulary(lexicon)
    return Grammar(rules=tuple(_compile(lexicon, vocabulary)), words=words, lexicon=lexicon)
