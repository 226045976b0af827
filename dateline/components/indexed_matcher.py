"""A spaCy ``Matcher`` that tries each pattern only where its first words occur.

spaCy's ``Matcher`` tests the first token of every pattern at every token, and a set-valued
condition (``{"LOWER": {"IN": [...]}}``) costs a Python call there: with forty cue patterns that
was about 5 ms per news article, more than the rest of the context component together. Most cue
patterns start with words from lists, so this matcher looks those words up in the document's
lower-case (or verbatim) forms and runs such a pattern only where they all occur, on a window as
long as its longest match. Patterns whose first token is not a word (an entity, a regular
expression, an optional token) or that have no longest match (``*``, ``+``) run over the whole
document, as before.

Matches are the same as one ``Matcher`` with every pattern gives, in the same order: by end, then
start, then the order the patterns were added in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.matcher import Matcher

from dateline.stages.forms import forms

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

__all__ = ["IndexedMatcher"]

Pattern = list[dict[str, Any]]

#: Token attributes a word can be looked up by, and the ``forms`` column holding them.
_WORD_ATTRIBUTES = {"LOWER": "LOWER", "ORTH": "ORTH", "TEXT": "ORTH"}
_REPEAT = re.compile(r"\{(\d*)(,?)(\d*)\}")


@dataclass(frozen=True)
class _Words:
    """The words one token of a pattern must be, in a ``forms`` column."""

    column: str
    words: frozenset[str]


@dataclass(frozen=True)
class _Indexed:
    number: int
    matcher: Matcher
    # the words the pattern's leading tokens must be (None: a token that is not a listed word)
    prefix: tuple[_Words | None, ...]
    anchor: int  # the first of them that is a listed word: the one looked up
    length: int


class IndexedMatcher:
    """Patterns numbered in the order they are added; calling it gives ``(number, start, end)`` matches."""

    def __init__(self, vocab: Vocab, *, validate: bool = True) -> None:
        self.vocab = vocab
        self.validate = validate
        self._everywhere = Matcher(vocab, validate=validate)
        # per forms column, the patterns each first word starts
        self._by_word: dict[str, dict[str, list[_Indexed]]] = {}
        self._count = 0

    def add(self, pattern: Pattern) -> int:
        """Add ``pattern`` (spaCy's token-pattern format) and return its number."""
        number = self._count
        self._count += 1
        prefix = _fixed_prefix(pattern)
        anchor = next((offset for offset, words in enumerate(prefix) if words is not None), None)
        length = _longest_match(pattern)
        if anchor is None or length is None:
            self._everywhere.add(str(number), [pattern])
            return number
        matcher = Matcher(self.vocab, validate=self.validate)
        matcher.add(str(number), [pattern])
        indexed = _Indexed(number, matcher, prefix, anchor, length)
        looked_up = prefix[anchor]
        assert looked_up is not None
        for word in looked_up.words:
            self._by_word.setdefault(looked_up.column, {}).setdefault(word, []).append(indexed)
        return number

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        strings = self.vocab.strings
        everywhere = self._everywhere(doc) if len(self._everywhere) else []
        found = [(int(strings[key]), start, end) for key, start, end in everywhere]
        columns = {column: forms(doc, column) for column in _columns(self._by_word)}
        for column, by_word in self._by_word.items():
            for position, word in enumerate(columns[column]):
                for pattern in by_word.get(word, ()):
                    start = position - pattern.anchor
                    if start < 0 or not _prefix_holds(pattern.prefix, columns, start):
                        continue
                    window = doc[start : start + pattern.length]
                    found.extend(
                        (pattern.number, start + first, start + end)
                        for _, first, end in pattern.matcher(window)
                        if first == 0
                    )
        return sorted(found, key=lambda match: (match[2], match[1], match[0]))


def _columns(by_word: dict[str, dict[str, list[_Indexed]]]) -> set[str]:
    patterns = (pattern for found in by_word.values() for listed in found.values() for pattern in listed)
    return {words.column for pattern in patterns for words in pattern.prefix if words is not None}


def _prefix_holds(prefix: tuple[_Words | None, ...], columns: dict[str, list[str]], start: int) -> bool:
    for offset, token in enumerate(prefix):
        if token is None:
            continue
        column = columns[token.column]
        if start + offset >= len(column) or column[start + offset] not in token.words:
            return False
    return True


def _fixed_prefix(pattern: Pattern) -> tuple[_Words | None, ...]:
    """The words each token of ``pattern`` must be, up to its first token with an operator (whose
    place after it is not fixed)."""
    prefix = []
    for token in pattern:
        if "OP" in token:
            break
        prefix.append(_token_words(token))
    return tuple(prefix)


def _token_words(token: dict[str, Any]) -> _Words | None:
    for key, column in _WORD_ATTRIBUTES.items():
        value = token.get(key)
        if isinstance(value, str):
            return _Words(column, frozenset([value.lower() if key == "LOWER" else value]))
        if isinstance(value, dict) and set(value) == {"IN"}:
            return _Words(column, frozenset(word.lower() if key == "LOWER" else word for word in value["IN"]))
    return None


def _longest_match(pattern: Pattern) -> int | None:
    """The most tokens a match of ``pattern`` can have (None when unbounded)."""
    total = 0
    for token in pattern:
        op = token.get("OP")
        if op is None or op in ("?", "1", "!"):
            total += 1
        elif (repeat := _REPEAT.fullmatch(op)) is not None and (repeat.group(3) or not repeat.group(2)):
            total += int(repeat.group(3) or repeat.group(1))
        else:
            return None  # "*", "+", "{n,}"
    return total + 1  # a token to spare: a match never depends on one past its end, but it costs nothing
