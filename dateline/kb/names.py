"""Comparable keys of entity names across articles ("ANA de Armas" = "Ana de Armas" = "de Armas")."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from dateline.kb.rules import NameRules, kb_rules

__all__ = ["NameKeys", "display_quality", "name_key", "name_keys"]

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_PUNCTUATION = re.compile(r"[^\w\s\-']")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    return text.replace("’", "'").casefold()


def _tokens(text: str, rules: NameRules) -> list[str]:
    text = _POSSESSIVE.sub("", _fold(text).strip())
    tokens = _PUNCTUATION.sub(" ", text).split()
    while len(tokens) > 1 and (tokens[0] in rules.honorifics or tokens[0] in rules.articles):
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in rules.suffixes:
        tokens = tokens[:-1]
    return tokens


def name_key(text: str) -> str:
    """The comparable form of a name: accents and case folded, possessive, titles, a leading article and
    punctuation dropped."""
    return " ".join(_tokens(text, kb_rules().names))


def _surname(tokens: list[str], rules: NameRules) -> str | None:
    if len(tokens) < 2:
        return None
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1] in rules.particles:
        start -= 1
    return " ".join(tokens[start:])


@dataclass(frozen=True)
class NameKeys:
    """The keys an entity can be found by: its full names and, for people, its surname."""

    main: str
    full: frozenset[str]
    surname: str | None

    @property
    def single(self) -> bool:
        """Whether every name of the entity is one word ("Madonna", "Cruise")."""
        return all(" " not in key for key in self.full)


def name_keys(name: str, aliases: list[str], *, person: bool) -> NameKeys:
    """Keys of an entity named ``name`` with ``aliases`` (in-document variants)."""
    rules = kb_rules().names
    main = " ".join(_tokens(name, rules))
    full = {" ".join(tokens) for tokens in (_tokens(text, rules) for text in [name, *aliases]) if tokens}
    surname = None
    if person:
        longest = max((key.split() for key in full), key=len, default=[])
        surname = _surname(longest, rules)
    return NameKeys(main=main, full=frozenset(full), surname=surname)


def display_quality(name: str) -> tuple[int, int, int]:
    """How good ``name`` is as a display name: more words, not all capitals, longer."""
    words = name.split()
    shouting = sum(1 for word in words if len(word) > 1 and word.isupper())
    return (len(words), -shouting, len(name))
