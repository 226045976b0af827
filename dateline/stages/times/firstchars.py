"""Which characters a regular expression's matches can start with.

The tagger looks for rule matches only where a rule can start, which makes one scan over the text
enough for all rules. The analysis reads the parse tree of Python's own regex compiler
(``re._parser``, private but stable within a Python version).
"""

from __future__ import annotations

import re
import string
from re import _constants as sre
from re import _parser as sre_parse
from typing import Any

__all__ = ["first_characters"]

_CATEGORIES = {
    sre.CATEGORY_DIGIT: frozenset(string.digits),
    sre.CATEGORY_SPACE: frozenset(string.whitespace),
}


def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters (both cases) a case-insensitive match of ``pattern`` can start with.

    None when it cannot be told or when the pattern can match the empty string.
    """
    chars, nullable = _sequence(sre_parse.parse(pattern, re.IGNORECASE))
    if chars is None or nullable:
        return None
    return frozenset(chars | {char.lower() for char in chars} | {char.upper() for char in chars})


def _sequence(items: Any) -> tuple[set[str] | None, bool]:
    chars: set[str] = set()
    for op, argument in items:
        first, nullable = _item(op, argument)
        if first is None:
            return None, False
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


def _item(op: Any, argument: Any) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {chr(argument)}, False
    if op is sre.IN:
        return _charset(argument), False
    if op is sre.BRANCH:
        chars: set[str] = set()
        nullable = False
        for branch in argument[1]:
            first, empty = _sequence(branch)
            if first is None:
                return None, False
            chars |= first
            nullable = nullable or empty
        return chars, nullable
    if op is sre.SUBPATTERN:
        return _sequence(argument[3])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        first, empty = _sequence(argument[2])
        return first, empty or argument[0] == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True
    return None, False


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
    return chars
