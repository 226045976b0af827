"""How a regular expression's matches can begin: the set of their first few characters.

The tagger tries a rule only where the text starts with one of the rule's prefixes. The analysis
reads the parse tree of Python's own regex compiler (``re._parser``, private but stable
within a Python version). Prefixes are lower case, with any whitespace written as one space.
"""

from __future__ import annotations

import re
import string
from re import _constants as sre  # type: ignore[attr-defined]  # private: the stubs do not list it
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["PREFIX_LENGTH", "prefix_key", "prefixes"]

#: How many characters a prefix has at most (fewer when a match can be that short).
PREFIX_LENGTH = 3

_CATEGORIES = {
    sre.CATEGORY_DIGIT: frozenset(string.digits),
    sre.CATEGORY_SPACE: frozenset(" "),
}
_SPACE = str.maketrans({char: " " for char in string.whitespace})


def prefix_key(text: str, position: int) -> str:
    """The text's prefix at ``position`` in the form :func:`prefixes` gives."""
    return text[position : position + PREFIX_LENGTH].lower().translate(_SPACE)


def prefixes(pattern: str) -> frozenset[str] | None:
    """The prefixes (up to :data:`PREFIX_LENGTH` characters) of the case-insensitive matches of ``pattern``.

    None when they cannot be told (a wildcard, ``\\w``) or when the pattern can match the empty string.
    """
    found = _sequence(sre_parse.parse(pattern, re.IGNORECASE))
    if found is None or "" in found:
        return None
    return frozenset(found)


def _join(heads: set[str], tails: set[str]) -> set[str]:
    joined = set()
    for head in heads:
        if len(head) >= PREFIX_LENGTH:
            joined.add(head)
        else:
            joined.update((head + tail)[:PREFIX_LENGTH] for tail in tails)
    return joined


def _sequence(items: Any) -> set[str] | None:
    found = {""}
    for op, argument in items:
        part = _item(op, argument)
        if part is None:
            return None
        found = _join(found, part)
        if all(len(prefix) >= PREFIX_LENGTH for prefix in found):
            break
    return found


def _item(op: Any, argument: Any) -> set[str] | None:
    if op is sre.LITERAL:
        return {chr(argument).lower().translate(_SPACE)}
    if op is sre.IN:
        return _charset(argument)
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in argument[1]:
            part = _sequence(branch)
            if part is None:
                return None
            found |= part
        return found
    if op is sre.SUBPATTERN:
        return _sequence(argument[3])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _repeat(*argument)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {""}
    return None


def _repeat(low: int, high: int, body: Any) -> set[str] | None:
    once = _sequence(body)
    if once is None:
        return None
    found: set[str] = set()
    current = {""}
    for count in range(PREFIX_LENGTH + 1):
        if count >= low:
            found |= current
        if count >= high:
            return found
        longer = _join(current, once)
        if longer == current:  # more repetitions change no prefix
            break
        current = longer
    return found | current


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
