"""Compiling rules.yaml and the vocabulary into regular expressions (once per process).

A rule's ``{slot}`` placeholders become named groups; the vocabulary slots match the words of the
data files, and :meth:`Grammar.meaning` maps a matched word back to what it means. Besides the
rules, the grammar has a *scanner*: one regex that finds every place where some rule matches, and,
per first character, the rules that can start with it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from dateline.errors import LexiconError
from dateline.stages.times.lexicon import TimesLexicon, load_times_lexicon
from dateline.stages.times.prefixes import prefix_key, prefixes
from dateline.stages.times.vocabulary import GAP, build_vocabulary, holiday_key, trie_regex, word_key

__all__ = ["CompiledRule", "Grammar", "load_grammar"]

_PLACEHOLDER = re.compile(r"\{(_?[a-z][a-z0-9_]*)\}")
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
# A match may not continue a word, a number or an amount.
_BEFORE = r"(?<![\w$£€@#])"
_AFTER = r"(?![\w])"


@dataclass(frozen=True)
class CompiledRule:
    """A rule of rules.yaml, compiled; ``priority`` is its place in the file (lower wins ties)."""

    name: str
    kind: str
    regex: re.Pattern[str]
    priority: int


@dataclass(frozen=True)
class Grammar:
    """The compiled rules, the scanner that finds where they may match, and the vocabulary's meanings."""

    rules: tuple[CompiledRule, ...]
    scanner: re.Pattern[str]
    starting_with: dict[str, tuple[CompiledRule, ...]]
    words: dict[str, dict[str, Any]]
    lexicon: TimesLexicon

    def rules_at(self, text: str, position: int) -> list[CompiledRule]:
        """The rules whose matches can start at ``position``, in priority order."""
        key = prefix_key(text, position)
        rules: list[CompiledRule] = []
        for length in range(1, len(key) + 1):
            rules.extend(self.starting_with.get(key[:length], ()))
        return rules

    def meaning(self, slot: str, text: str) -> Any:
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
    """Each rule compiled, with its body (without the word-boundary checks) for the scanner."""
    expander = _Expander(lexicon.rules.macros, vocabulary)
    for priority, rule in enumerate(lexicon.rules.rules):
        body = expander.rule_regex(rule.pattern)
        try:
            compiled = re.compile(f"{_BEFORE}(?:{body}){_AFTER}", re.IGNORECASE)
        except re.error as error:
            raise LexiconError(f"data file times/rules.yaml: entry {rule.name}: bad pattern ({error})") from error
        yield CompiledRule(name=rule.name, kind=rule.kind, regex=compiled, priority=priority), body


def _scanner(bodies: list[tuple[CompiledRule, str]]) -> tuple[re.Pattern[str], dict[str, tuple[CompiledRule, ...]]]:
    """One regex for all rules, each behind a look-ahead for its prefixes, and the rules per prefix."""
    alternatives = []
    starting_with: dict[str, list[CompiledRule]] = {}
    for rule, body in bodies:
        starts = prefixes(body)
        if starts is None:
            raise LexiconError(f"data file times/rules.yaml: entry {rule.name}: the pattern must start with known words")
        for start in starts:
            starting_with.setdefault(start, []).append(rule)
        look_ahead = trie_regex(tuple(r"\s" if char == " " else re.escape(char) for char in start) for start in starts)
        alternatives.append(f"(?={look_ahead})(?:{_NAMED_GROUP.sub('(?:', body)})")
    scanner = re.compile(f"{_BEFORE}(?:{'|'.join(alternatives)}){_AFTER}", re.IGNORECASE)
    return scanner, {start: tuple(rules) for start, rules in starting_with.items()}


@functools.lru_cache(maxsize=1)
def load_grammar() -> Grammar:
    """The compiled grammar of the times stage (cached per process)."""
    lexicon = load_times_lexicon()
    vocabulary = build_vocabulary(lexicon)
    bodies = list(_compile(lexicon, vocabulary.regexes))
    scanner, starting_with = _scanner(bodies)
    return Grammar(
        rules=tuple(rule for rule, _ in bodies),
        scanner=scanner,
        starting_with=starting_with,
        words=vocabulary.meanings,
        lexicon=lexicon,
    )
