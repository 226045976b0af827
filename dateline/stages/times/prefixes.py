"""How a regular expression's matches can begin: the set of their first few characters.

The tagger tries a rule only where the text starts with one of the rule's prefixes. The analysis
reads the parse tree of Python's own regex compiler (``re._parser``, private but stable
within a Python version). Prefixes are lower case, with any whitespace written as one space.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from re import _constants as sre  # type: ignore[attr-defined]  # private: the stubs do not list it
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from dateline.stages.times.vocabulary import trie_regex

__all__ = ["PREFIX_LENGTH", "guard_regex", "prefix_key", "prefixes"]

#: How many characters a prefix has at most (fewer when a match can be that short).
PREFIX_LENGTH = 3

_CATEGORIES = {
    sre.CATEGORY_DIGIT: frozenset(string.digits),
    sre.CATEGORY_SPACE: frozenset(" "),
}
_SPACE = str.maketrans({char: " " for char in string.whitespace})

# A place of a prefix: the characters it can hold (lower case, whitespace as " "), sorted.
_Place = str
_Prefix = tuple[_Place, ...]


def prefix_key(text: str, position: int) -> str:
    """The text's prefix at ``position`` in the form :func:`prefixes` gives."""
    return text[position : position + PREFIX_LENGTH].lower().translate(_SPACE)


def prefixes(pattern: str) -> frozenset[str] | None:
    """The prefixes (up to :data:`PREFIX_LENGTH` characters) of the case-insensitive matches of ``pattern``.

    None when they cannot be told (a wildcard, ``\\w``) or when the pattern can match the empty string.
    """
    found = _Analysis(PREFIX_LENGTH, guard=False).prefixes(pattern)
    return None if found is None else frozenset("".join(prefix) for prefix in found)


def guard_regex(patterns: Iterable[str], key: str, length: int) -> str | None:
    """A regex that matches wherever one of ``patterns`` can match in a text whose prefix is ``key``
    (and maybe elsewhere): what the first ``length`` places of those matches can hold, where a place is
    a character, a character class or a run of whitespace. None if some pattern's prefixes cannot be told."""
    analysis = _Analysis(length, guard=True)
    found: set[_Prefix] = set()
    for pattern in patterns:
        starts = analysis.prefixes(pattern)
        if starts is None:
            return None
        found.update(prefix for prefix in starts if _fits(prefix, key))
    return trie_regex(tuple(map(_place_regex, prefix)) for prefix in found) or "(?!)"  # none can match


def _fits(prefix: _Prefix, key: str) -> bool:
    """Whether a text that starts with ``key`` (as :func:`prefix_key` gives it) can start with ``prefix``."""
    at = 0
    for place in prefix:
        if at == len(key):
            return True
        if key[at] not in place:
            return False
        at += 1
        while place == " " and at < len(key) and key[at] == " ":  # a run of whitespace is one place
            at += 1
    return True


def _place_regex(place: str) -> str:
    if place == " ":
        return r"\s+"  # the guard's analysis wrote a run of whitespace as one place
    if len(place) == 1:
        return re.escape(place)
    return "[" + "".join(r"\s" if char == " " else re.escape(char) for char in place) + "]"


class _Analysis:
    """Reads a regex's parse tree for the prefixes of its matches, up to ``length`` places.

    For the routes (``guard`` False) a place is one character, so a character class gives a prefix per
    character. For a guard a class is one place, which keeps "[0-9]{4}" one prefix, and a run of
    whitespace is one place, so that a prefix spans more words.
    """

    def __init__(self, length: int, *, guard: bool) -> None:
        self.length = length
        self.guard = guard

    def prefixes(self, pattern: str) -> set[_Prefix] | None:
        found = self.sequence(sre_parse.parse(pattern, re.IGNORECASE))
        return None if found is None or () in found else found

    def join(self, heads: set[_Prefix], tails: set[_Prefix]) -> set[_Prefix]:
        joined = set()
        for head in heads:
            if len(head) >= self.length:
                joined.add(head)
                continue
            for tail in tails:
                if self.guard and head[-1:] == (" ",) and tail[:1] == (" ",):
                    tail = tail[1:]
                joined.add((head + tail)[: self.length])
        return joined

    def sequence(self, items: Any) -> set[_Prefix] | None:
        found: set[_Prefix] = {()}
        for op, argument in items:
            part = self.item(op, argument)
            if part is None:
                return None
            found = self.join(found, part)
            if all(len(prefix) >= self.length for prefix in found):
                break
        return found

    def item(self, op: Any, argument: Any) -> set[_Prefix] | None:
        if op is sre.LITERAL:
            return {(chr(argument).lower().translate(_SPACE),)}
        if op is sre.IN:
            return self.charset(argument)
        if op is sre.BRANCH:
            return self.branches(argument[1])
        if op is sre.SUBPATTERN:
            return self.sequence(argument[3])
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            return self.repeat(*argument)
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return {()}
        return None

    def branches(self, branches: Any) -> set[_Prefix] | None:
        found: set[_Prefix] = set()
        for branch in branches:
            part = self.sequence(branch)
            if part is None:
                return None
            found |= part
        return found

    def repeat(self, low: int, high: int, body: Any) -> set[_Prefix] | None:
        once = self.sequence(body)
        if once is None:
            return None
        found: set[_Prefix] = set()
        current: set[_Prefix] = {()}
        for count in range(self.length + 1):
            if count >= low:
                found |= current
            if count >= high:
                return found
            longer = self.join(current, once)
            if longer == current:  # more repetitions change no prefix
                break
            current = longer
        return found | current

    def charset(self, items: Any) -> set[_Prefix] | None:
        chars = _charset(items)
        if chars is None:
            return None
        if self.guard:
            return {("".join(sorted(chars)),)}
        return {(char,) for char in chars}


def _charset(items: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, argument in items:
        if op is sre.LITERAL:
            chars.add(chr(argument))
        elif op is sre.RANGE:
            chars.update(chr(code) for code in range(argument[0], argument[1] + 1))
        elif op is sre.CATEGORY and argument in _CATEGORIES:
            chars |= _CATEGORIES[argument]
        else:
            return None
    return {char.lower().translate(_SPACE) for char in chars}
