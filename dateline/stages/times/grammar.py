"""Compiling rules.yaml and the vocabulary into regular expressions (once per process).

A rule's ``{slot}`` placeholders become named groups; the vocabulary slots match the words of the
data files, and :meth:`Grammar.meaning` maps a matched word back to what it means.

Trying every rule at every place of a text would be slow, so the grammar also knows each rule's
*prefixes* (the first three characters its matches can have). One cheap regex finds the places where
some prefix starts (:attr:`Grammar.starts`); there, :meth:`Grammar.route` gives the rules that can
match, behind one combined regex that says whether any of them does (for the many rules behind "the",
after a look-ahead at what their first eight places can hold).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from dateline.errors import LexiconError
from dateline.stages.times.lexicon import NamedEvent, TimesLexicon, load_times_lexicon
from dateline.stages.times.prefixes import guard_regex, prefix_key, prefixes
from dateline.stages.times.vocabulary import GAP, build_vocabulary, holiday_key, trie_regex, word_key

__all__ = ["CompiledRule", "Grammar", "load_grammar"]

_PLACEHOLDER = re.compile(r"\{(_?[a-z][a-z0-9_]*)\}")
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
# A match may not continue a word, a number or an amount ("$4.1985 a share" holds no year 1985).
_BEFORE = r"(?<![\w$£€@#])(?<![0-9][.,])"
_AFTER = r"(?![\w])"
# A route of this many rules gets a guard that reads this many places ahead (see _Combined): the
# route of "the" only (45 rules; the next largest has 19). Eight places ("the week", "the 199") let
# 12 % of news-dev's places where "the" starts through, in 0.08 s of compiling; ten let 7 % through,
# saving 0.01 ms more per article, but take 0.2 s.
_GUARDED_ROUTE_RULES = 20
_GUARD_LENGTH = 8


@dataclass(frozen=True)
class CompiledRule:
    """A rule of rules.yaml, compiled; ``priority`` is its place in the file (lower wins ties)."""

    name: str
    kind: str
    regex: re.Pattern[str]
    priority: int


@dataclass(frozen=True)
class Route:
    """The rules that can match where the text starts with one prefix, and one regex for all of them."""

    any_rule_pattern: str
    rules: tuple[CompiledRule, ...]

    @functools.cached_property
    def any_rule(self) -> re.Pattern[str]:
        """The combined regex, compiled when a text first reaches the route: compiling the ~140 routes'
        regexes up front took ~2-3 s before the first analysis of each process; a text needs a few."""
        return _compiled(self.any_rule_pattern)


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled once per process (routes of the same rules share it; re's own cache is bounded)."""
    return re.compile(pattern, re.IGNORECASE)


@dataclass(frozen=True)
class Grammar:
    """The compiled rules, where they may match (``starts``, ``routes``), and the vocabulary's meanings."""

    rules: tuple[CompiledRule, ...]
    starts: re.Pattern[str]
    routes: dict[str, Route]
    words: dict[str, dict[str, Any]]
    lexicon: TimesLexicon
    idioms: re.Pattern[str] | None = None
    broadcast_after: re.Pattern[str] | None = None
    title_contraction_before: re.Pattern[str] | None = None
    holiday_object_after: re.Pattern[str] | None = None
    event_nouns: tuple[tuple[NamedEvent, re.Pattern[str]], ...] = ()
    event_title_before: re.Pattern[str] | None = None

    def compile_routes(self) -> None:
        """Compile every route's regex now, not when a text first reaches it (for timing the stage alone)."""
        for route in self.routes.values():
            route.any_rule  # noqa: B018 - the property compiles and keeps the regex

    def route(self, text: str, position: int) -> Route | None:
        """The rules that can match at ``position`` (a place ``starts`` found), if any."""
        key = prefix_key(text, position)
        return self.routes.get(key) or self.routes.get(key[:2]) or self.routes.get(key[:1])

    def event_named(self, event: NamedEvent, text: str, end: int) -> bool:
        """Whether one of ``event``'s nouns follows ``text[:end]`` ("[the Sept. 11] attacks")."""
        return any(entry is event and nouns.match(text, end) for entry, nouns in self.event_nouns)

    def event_on(self, month: int, day: int, text: str, end: int) -> NamedEvent | None:
        """The past event a month and day before one of its nouns name ("the Sept. 11 attacks"), if any."""
        for event, nouns in self.event_nouns:
            if event.day[1:] == (month, day) and nouns.match(text, end):
                return event
        return None

    def meaning(self, slot: str, text: str) -> Any:  # a number, a name, a rule: what the table holds
        """What the word ``text`` matched by vocabulary slot ``slot`` stands for (None if unknown)."""
        table = self.words.get(slot, {})
        key = holiday_key(text) if slot == "holiday" else word_key(text)
        return table.get(key)


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
            out.append(r"\s" if in_class else GAP)
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


def _compile(lexicon: TimesLexicon, vocabulary: dict[str, str]) -> Iterator[tuple[CompiledRule, str]]:
    """Each rule compiled, with its body (without the word-boundary checks) for the combined regexes."""
    expander = _Expander(lexicon.rules.macros, vocabulary)
    for priority, rule in enumerate(lexicon.rules.rules):
        body = expander.rule_regex(rule.pattern)
        try:
            compiled = re.compile(f"{_BEFORE}(?:{body}){_AFTER}", re.IGNORECASE)
        except re.error as error:
            where = f"data file times/rules.yaml: entry {rule.name}"
            raise LexiconError(f"{where}: bad pattern ({error})") from error
        yield CompiledRule(name=rule.name, kind=rule.kind, regex=compiled, priority=priority), body


def _routes(bodies: list[tuple[CompiledRule, str]]) -> tuple[re.Pattern[str], dict[str, Route]]:
    """The regex of the places where a rule may start, and the route of each prefix."""
    starting_with: dict[str, list[CompiledRule]] = {}
    for rule, body in bodies:
        starts = prefixes(body)
        if starts is None:
            where = f"data file times/rules.yaml: entry {rule.name}"
            raise LexiconError(f"{where}: the pattern must start with known words")
        for start in starts:
            starting_with.setdefault(start, []).append(rule)
    combined = _Combined(bodies)
    routes: dict[str, Route] = {}
    for start in starting_with:
        # A text starting with "may" can match the rules of "m", "ma" and "may".
        found = {
            rule for length in range(1, len(start) + 1) for rule in starting_with.get(start[:length], ())
        }
        rules = tuple(sorted(found, key=lambda rule: rule.priority))
        routes[start] = Route(any_rule_pattern=combined.pattern(start, rules), rules=rules)
    tokens = (tuple(r"\s" if char == " " else re.escape(char) for char in start) for start in routes)
    look_ahead = trie_regex(tokens)
    return re.compile(f"{_BEFORE}(?={look_ahead})", re.IGNORECASE), routes


class _Combined:
    """The regex that says whether any of a route's rules matches.

    The rules behind "the" are many (45) and a text holds the word often, so their regex first looks
    ahead for what the rules' first :data:`_GUARD_LENGTH` places can be ("the week", "the 199"): most
    places fail there, without trying each rule.
    """

    def __init__(self, bodies: list[tuple[CompiledRule, str]]) -> None:
        self.bodies = {rule.name: body for rule, body in bodies}
        self.plain = {name: _NAMED_GROUP.sub("(?:", body) for name, body in self.bodies.items()}

    def pattern(self, start: str, rules: tuple[CompiledRule, ...]) -> str:
        alternatives = "|".join(self.plain[rule.name] for rule in rules)
        return f"{self.guard(start, rules)}(?:{alternatives}){_AFTER}"

    def guard(self, start: str, rules: tuple[CompiledRule, ...]) -> str:
        """A look-ahead for what the rules' matches can start with, for a route of many rules."""
        if len(rules) < _GUARDED_ROUTE_RULES:
            return ""
        regex = guard_regex((self.bodies[rule.name] for rule in rules), start, _GUARD_LENGTH)
        return "" if regex is None else f"(?={regex})"


@functools.lru_cache(maxsize=1)
def load_grammar() -> Grammar:
    """The compiled grammar of the times stage (cached per process)."""
    lexicon = load_times_lexicon()
    vocabulary = build_vocabulary(lexicon)
    bodies = list(_compile(lexicon, vocabulary.regexes))
    starts, routes = _routes(bodies)
    return Grammar(
        rules=tuple(rule for rule, _ in bodies),
        starts=starts,
        routes=routes,
        words=vocabulary.meanings,
        lexicon=lexicon,
        idioms=_idioms(lexicon.references.idioms),
        broadcast_after=_broadcast_after(lexicon.calendar.broadcast_nouns_after, lexicon.calendar.schedule_words_between),
        title_contraction_before=_title_contraction_before(lexicon.calendar.contractions_before_titles),
        holiday_object_after=_words_after(lexicon.holidays.objects_after),
        event_nouns=tuple((event, _words_after(event.nouns) or re.compile("(?!)")) for event in lexicon.holidays.named_events),
        event_title_before=_capital_before(lexicon.holidays.capitals_before_events),
    )


def _broadcast_after(nouns: list[str], between: list[str]) -> re.Pattern[str] | None:
    """What follows a part of the day that names a slot in a schedule: "[the morning] shows", "[an early
    morning] weekend show" (None if there are no such nouns)."""
    if not nouns:
        return None
    words = "|".join(map(re.escape, between)) or "(?!)"
    return re.compile(rf"[ \t]+(?:(?:{words})[ \t]+)?(?:{'|'.join(map(re.escape, nouns))})\b", re.IGNORECASE)


def _words_after(words: list[str]) -> re.Pattern[str] | None:
    """One of ``words`` right after an expression, as the next word (None if there are none)."""
    if not words:
        return None
    return re.compile(rf"[ \t]+(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE)


def _capital_before(openers: list[str]) -> re.Pattern[str]:
    """A capitalised word right before a name, other than ``openers``: "Fahrenheit [9/11]" (not "Since")."""
    words = "|".join(map(re.escape, openers)) or "(?!)"
    return re.compile(rf"(?<![\w'’-])(?!(?i:{words})[ \t])[A-Z][a-z]+[ \t]+$")


def _title_contraction_before(contractions: list[str]) -> re.Pattern[str] | None:
    """A capitalised contraction in mid-sentence right before a name: "Do They Know [It's] Christmas"
    (case-sensitive; either apostrophe)."""
    if not contractions:
        return None
    words = "|".join(re.escape(word).replace("'", "['’]") for word in contractions)
    return re.compile(rf"[\w,][ \t]+(?:{words})[ \t]+$")


def _idioms(phrases: list[str]) -> re.Pattern[str] | None:
    """One regex for the phrases that name no time ("at the end of the day"), or None if there are none."""
    if not phrases:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)
