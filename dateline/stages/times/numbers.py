"""Reading the numbers of temporal expressions: digits, fractions and number words."""

from __future__ import annotations

import re

from dateline.stages.times.lexicon import NumberLexicon
from dateline.stages.times.vocabulary import word_key

__all__ = ["parse_number", "parse_ordinal"]

_DIGITS = re.compile(r"(?P<whole>[0-9]+(?:\.[0-9]+)?)?\s*(?:(?P<top>[0-9])/(?P<bottom>[0-9]{1,2}))?")
_ORDINAL_DIGITS = re.compile(r"([0-9]+)(?:st|nd|rd|th)?")


def parse_number(text: str, *, numbers: NumberLexicon) -> float | None:
    """The value of a number written in digits ("5 1/2") or words ("twenty-four", "a couple of").

    Returns None for a vague quantity ("several") or an unknown word.
    """
    key = word_key(text)
    if key.endswith(" and a half"):  # "two and a half"
        whole = parse_number(key[: -len(" and a half")], numbers=numbers)
        return None if whole is None else whole + 0.5
    if key in numbers.articles:
        return numbers.articles[key]
    digits = _DIGITS.fullmatch(key)
    if digits and (digits.group("whole") or digits.group("top")):
        value = float(digits.group("whole") or 0)
        if digits.group("top"):
            value += int(digits.group("top")) / int(digits.group("bottom"))
        return value
    return _number_words(key, numbers)


def _number_words(key: str, numbers: NumberLexicon) -> float | None:
    total = 0
    for word in key.replace("-", " ").split():
        if word in numbers.units or word in numbers.tens:
            total += numbers.units.get(word, 0) + numbers.tens.get(word, 0)
        elif word in numbers.scales and total:
            total *= numbers.scales[word]
        else:
            return None
    return float(total) if total else None


def parse_ordinal(text: str, *, numbers: NumberLexicon) -> int | None:
    """The value of an ordinal: "3rd", "third", "twenty-first"."""
    key = word_key(text)
    digits = _ORDINAL_DIGITS.fullmatch(key)
    if digits:
        return int(digits.group(1))
    if key in numbers.ordinals:
        return numbers.ordinals[key]
    tens, _, last = key.replace(" ", "-").rpartition("-")
    if tens in numbers.tens and last in numbers.ordinals:
        return numbers.tens[tens] + numbers.ordinals[last]
    return None
